-- Whether an account's password is the one CLICK_ADMIN_PASSWORD gave it. Only then may a start with a
-- different CLICK_ADMIN_PASSWORD reset it: a password changed on the pages or through the API is never
-- undone by the environment.
ALTER TABLE app_user ADD COLUMN password_from_environment BOOLEAN NOT NULL DEFAULT FALSE;
