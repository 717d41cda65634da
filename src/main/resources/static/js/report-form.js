// The district's monthly report form (report-form.html): totals as the officer types, rows added and
// removed, the projected level from the server's grader (debounced), and saving or submitting the
// report as JSON with the session's CSRF token; every error the server finds is shown beside its field.
(function () {
  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }
  var editable = form.getAttribute('data-editable') === 'true';
  var version = form.getAttribute('data-version') || null;
  var csrfHeader = form.getAttribute('data-csrf-header');
  var csrfToken = form.getAttribute('data-csrf');
  var projectionTimer = null;
  var projectionSeq = 0;

  function $(id) {
    return document.getElementById(id);
  }

  function intValue(input) {
    if (!input) {
      return null;
    }
    var text = (input.value || '').trim();
    if (text === '') {
      return null;
    }
    // Thai digits as officials may type them (the browser keeps them in a text field on some phones)
    text = text.replace(/[\u0E50-\u0E59]/g, function (d) { return String(d.charCodeAt(0) - 0x0E50); });
    return /^-?\d+$/.test(text) ? parseInt(text, 10) : text;
  }

  function text(input) {
    var value = input ? (input.value || '').trim() : '';
    return value === '' ? null : value;
  }

  // ---- officials: positions → totals
  function officials() {
    var total = 0;
    var downloaded = 0;
    document.querySelectorAll('#officials .official[data-position]').forEach(function (row) {
      var has = row.querySelector('.has-position');
      var present = !has || has.checked;
      var box = row.querySelector('.downloaded');
      box.disabled = !present || !editable;
      if (!present) {
        box.checked = false;
        return;
      }
      total++;
      if (box.checked) {
        downloaded++;
      }
    });
    var others = intValue($('others-total'));
    var othersDownloaded = intValue($('others-downloaded'));
    if (typeof others === 'number' && others > 0) {
      total += others;
    }
    if (typeof othersDownloaded === 'number' && othersDownloaded > 0) {
      downloaded += othersDownloaded;
    }
    return { total: total, downloaded: downloaded };
  }

  function updateTotals() {
    var o = officials();
    $('officials-total').textContent = o.total;
    $('officials-downloaded').textContent = o.downloaded;
    $('officials-percent').textContent = o.total > 0
      ? 'ร้อยละ ' + (Math.floor(o.downloaded * 1000 / o.total) / 10) : 'ยังไม่มีผู้ใด';
    var sum = 0;
    document.querySelectorAll('#downloads [data-name="downloads"]').forEach(function (input) {
      var n = intValue(input);
      if (typeof n === 'number' && n > 0) {
        sum += n;
      }
    });
    $('downloads-total').textContent = sum;
  }

  // ---- the JSON body of SPEC §9
  function body(submit) {
    var o = officials();
    var services = [];
    document.querySelectorAll('[data-list="services"]').forEach(function (row) {
      services.push({
        code: row.getAttribute('data-code'),
        relevant: row.querySelector('[data-name="relevant"]').checked ? 'true' : 'false',
        updated: row.querySelector('[data-name="updated"]').checked ? 'true' : 'false'
      });
    });
    var pr = [];
    document.querySelectorAll('#pr-rows [data-list="prMedia"]').forEach(function (row) {
      var channels = [];
      row.querySelectorAll('[data-name="channels"] input:checked').forEach(function (c) {
        channels.push(c.value);
      });
      pr.push({
        publishedOn: text(row.querySelector('[data-name="publishedOn"]')),
        channels: channels,
        title: text(row.querySelector('[data-name="title"]')),
        link: text(row.querySelector('[data-name="link"]'))
      });
    });
    var activities = [];
    document.querySelectorAll('#activity-rows [data-list="activities"]').forEach(function (row) {
      activities.push({
        heldOn: text(row.querySelector('[data-name="heldOn"]')),
        title: text(row.querySelector('[data-name="title"]')),
        participants: text(row.querySelector('[data-name="participants"]'))
      });
    });
    var downloads = [];
    document.querySelectorAll('[data-list="downloads"]').forEach(function (row) {
      downloads.push({
        tambonCode: row.getAttribute('data-code'),
        downloads: text(row.querySelector('[data-name="downloads"]'))
      });
    });
    return {
      // the heads by position: the server counts officialsTotal and officialsDownloaded from them
      officialsTotal: null,
      officialsDownloaded: null,
      officials: heads(),
      services: services,
      prMedia: pr,
      activities: activities,
      downloads: downloads,
      submit: submit,
      version: version === null || version === '' ? null : parseInt(version, 10)
    };
  }

  // One entry per head of agency: the named positions held, then the others by number.
  function heads() {
    var list = [];
    document.querySelectorAll('#officials .official[data-position]').forEach(function (row) {
      var has = row.querySelector('.has-position');
      if (!has || has.checked) {
        list.push({
          position: row.querySelector('.position').textContent.trim(),
          downloaded: row.querySelector('.downloaded').checked ? 'true' : 'false'
        });
      }
    });
    var others = intValue($('others-total'));
    var othersDownloaded = intValue($('others-downloaded'));
    others = typeof others === 'number' && others > 0 ? Math.min(others, 99) : 0;
    othersDownloaded = typeof othersDownloaded === 'number' && othersDownloaded > 0 ? othersDownloaded : 0;
    for (var i = 0; i < others; i++) {
      list.push({ position: 'หัวหน้าส่วนราชการอื่น', downloaded: i < othersDownloaded ? 'true' : 'false' });
    }
    return list;
  }

  function send(method, url, payload) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[csrfHeader] = csrfToken;
    return fetch(url, {
      method: method, headers: headers, credentials: 'same-origin', body: JSON.stringify(payload)
    }).then(function (response) {
      return response.text().then(function (raw) {
        var json = {};
        try {
          json = raw ? JSON.parse(raw) : {};
        } catch (e) {
          json = {};
        }
        return { status: response.status, json: json };
      });
    });
  }

  // ---- projected grade
  function showProjection(p) {
    if (!p) {
      return;
    }
    var level = $('projected-level');
    level.textContent = p.level || '-';
    level.className = 'level ' + (p.level || '');
    $('projected-score').textContent = p.score === null || p.score === undefined ? '' : p.score + ' คะแนน';
    $('needs-title').textContent = p.needsTitle || '';
    var needs = $('projected-needs');
    needs.textContent = '';
    (p.needs || []).forEach(function (n) {
      var li = document.createElement('li');
      li.textContent = n;
      needs.appendChild(li);
    });
  }

  // Entries dated outside the month: accepted, not counted, said so as the officer types.
  function showWarnings(warnings) {
    var list = $('warning-list');
    list.textContent = '';
    warnings.forEach(function (w) {
      var li = document.createElement('li');
      li.textContent = w.message;
      list.appendChild(li);
    });
    $('warnings').classList.toggle('empty', warnings.length === 0);
  }

  function project() {
    var seq = ++projectionSeq;
    $('projection-busy').hidden = false;
    send('POST', form.getAttribute('data-projection'), body(false)).then(function (r) {
      if (seq !== projectionSeq) {
        return;
      }
      $('projection-busy').hidden = true;
      if (r.status === 200) {
        showProjection(r.json);
        showWarnings(r.json.warnings || []);
      }
    }).catch(function () {
      $('projection-busy').hidden = true;
    });
  }

  function scheduleProjection() {
    updateTotals();
    if (projectionTimer) {
      clearTimeout(projectionTimer);
    }
    projectionTimer = setTimeout(project, 500);
  }

  // ---- errors beside their fields
  function clearErrors() {
    document.querySelectorAll('#report-form .field-error').forEach(function (e) {
      e.parentNode.removeChild(e);
    });
    document.querySelectorAll('#report-form .invalid').forEach(function (e) {
      e.classList.remove('invalid');
    });
    $('form-errors').hidden = true;
    $('form-errors').textContent = '';
  }

  // "prMedia[0].title", "prMedia.0.title", "downloads[580101].downloads", "officialsTotal"
  function locate(field) {
    if (!field) {
      return null;
    }
    var m = /^([A-Za-z]+)(?:\[(\w+)\]|\.(\d+))?(?:\.([A-Za-z]+))?/.exec(field);
    if (!m) {
      return null;
    }
    var list = m[1];
    var key = m[2] !== undefined ? m[2] : m[3];
    var name = m[4];
    if (field === 'others-total' || field === 'others-downloaded') {
      return $(field).closest('label');
    }
    if (list === 'officialsTotal' || list === 'officialsDownloaded' || list === 'officials') {
      return document.querySelector('#officials .totals');
    }
    var rows = document.querySelectorAll('#report-form [data-list="' + list + '"]');
    if (!rows.length) {
      return null;
    }
    var row = null;
    if (key === undefined) {
      row = rows[0].parentNode;
    } else {
      rows.forEach(function (r, i) {
        if (String(i) === key || r.getAttribute('data-code') === key) {
          row = r;
        }
      });
    }
    if (!row) {
      return null;
    }
    if (name) {
      var target = row.querySelector('[data-name="' + name + '"]');
      if (target) {
        return target.closest('label') || target;
      }
    }
    return row;
  }

  function showErrors(errors, quiet) {
    clearErrors();
    var unplaced = [];
    errors.forEach(function (e) {
      var where = locate(e.field);
      if (!where) {
        unplaced.push(e.message);
        return;
      }
      where.classList.add('invalid');
      var p = document.createElement('p');
      p.className = 'field-error';
      p.textContent = e.message;
      where.parentNode.insertBefore(p, where.nextSibling);
    });
    var box = $('form-errors');
    box.textContent = 'ยังบันทึกไม่ได้ พบข้อผิดพลาด ' + errors.length + ' รายการ แก้ไขตามข้อความสีแดงแล้วบันทึกอีกครั้ง'
      + (unplaced.length ? '\n' + unplaced.join('\n') : '');
    box.hidden = false;
    if (!quiet) {
      var first = document.querySelector('#report-form .field-error') || box;
      first.scrollIntoView({ block: 'center' });
    }
  }

  function message(text, ok) {
    var box = $('form-message');
    box.textContent = text;
    box.className = 'flash ' + (ok ? 'ok' : 'error');
    box.hidden = false;
    box.scrollIntoView({ block: 'center' });
  }

  // The one check the page makes itself: the others' numbers become entries, so they must fit.
  function othersError() {
    var others = intValue($('others-total'));
    var yes = intValue($('others-downloaded'));
    if ((others !== null && typeof others !== 'number') || (typeof others === 'number' && others < 0)) {
      return { field: 'others-total', message: 'จำนวนหัวหน้าส่วนราชการอื่นต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป' };
    }
    if ((yes !== null && typeof yes !== 'number') || (typeof yes === 'number' && (yes < 0 || yes > (others || 0)))) {
      return { field: 'others-downloaded', message: 'จำนวนที่ดาวน์โหลดแล้วต้องไม่เกินจำนวนหัวหน้าส่วนราชการอื่น' };
    }
    return null;
  }

  function save(submit) {
    clearErrors();
    var local = othersError();
    if (local) {
      showErrors([local]);
      return;
    }
    $('form-message').hidden = true;
    var buttons = document.querySelectorAll('.form-actions button');
    buttons.forEach(function (b) { b.disabled = true; });
    send('PUT', form.getAttribute('data-save'), body(submit)).then(function (r) {
      buttons.forEach(function (b) { b.disabled = false; });
      if (r.status === 200) {
        version = r.json.version;
        window.location.assign(window.location.pathname + '?saved=' + (submit ? 'submitted' : 'draft'));
      } else if (r.status === 422 && r.json.errors) {
        showErrors(r.json.errors);
      } else {
        message(r.json.message || 'บันทึกไม่สำเร็จ (รหัส ' + r.status + ') กรุณาลองใหม่อีกครั้ง', false);
      }
    }).catch(function () {
      buttons.forEach(function (b) { b.disabled = false; });
      message('ติดต่อเซิร์ฟเวอร์ไม่ได้ ข้อมูลยังอยู่ในหน้านี้ กรุณาลองบันทึกอีกครั้ง', false);
    });
  }

  // ---- rows added and removed
  document.querySelectorAll('.add-row').forEach(function (button) {
    button.addEventListener('click', function () {
      var template = $(button.getAttribute('data-template'));
      var target = $(button.getAttribute('data-target'));
      var row = template.content.firstElementChild.cloneNode(true);
      target.appendChild(row);
      var first = row.querySelector('input');
      if (first) {
        first.focus();
      }
      scheduleProjection();
    });
  });
  form.addEventListener('click', function (event) {
    var remove = event.target.closest('.remove-row');
    if (remove) {
      var row = remove.closest('.entry');
      row.parentNode.removeChild(row);
      scheduleProjection();
    }
  });

  form.addEventListener('input', function (event) {
    var invalid = event.target.closest('.invalid');
    if (invalid) {
      invalid.classList.remove('invalid');
      var next = invalid.nextSibling;
      if (next && next.classList && next.classList.contains('field-error')) {
        next.parentNode.removeChild(next);
      }
    }
    scheduleProjection();
  });
  form.addEventListener('change', scheduleProjection);

  if (editable) {
    $('save-draft').addEventListener('click', function () { save(false); });
    $('submit-report').addEventListener('click', function () { save(true); });
  }
  // On a phone the projection bar shows the level only; what is still needed opens with a tap.
  var needsBox = $('needs-box');
  if (needsBox && window.matchMedia('(max-width: 640px)').matches) {
    needsBox.open = false;
  }
  updateTotals();
  if (editable) {
    // a saved draft that cannot be submitted yet: its errors beside their fields from the start
    var saved = [];
    document.querySelectorAll('#saved-errors li').forEach(function (li) {
      saved.push({ field: li.getAttribute('data-field'), message: li.textContent });
    });
    if (saved.length) {
      showErrors(saved, true);
      $('form-errors').textContent = 'ฉบับที่บันทึกไว้ยังส่งไม่ได้ มีข้อที่ต้องแก้ ' + saved.length + ' รายการ (ข้อความสีแดง)';
    }
    project();
  }
}());
