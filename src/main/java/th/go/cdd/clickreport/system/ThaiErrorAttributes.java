package th.go.cdd.clickreport.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's error page and error JSON show for errors that no controller handled
 * (a refused request, a filter's refusal): the Thai sentence of the status as "detail",
 * never a stack trace.
 */
@Component
class ThaiErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request,
				options.excluding(ErrorAttributeOptions.Include.STACK_TRACE, ErrorAttributeOptions.Include.EXCEPTION));
		Object status = attributes.get("status");
		String sentence = ThaiErrors.sentence(status instanceof Integer code ? code : 500);
		attributes.put("detail", sentence);
		if (!(attributes.get("error") instanceof String error)
				|| !error.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI)) {
			attributes.put("error", sentence);
		}
		attributes.remove("message");
		return attributes;
	}

}
