package th.go.cdd.clickreport.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Rows of a report as Java records: a template field reads the record component of the
 * same name. (JRBeanCollectionDataSource wants JavaBean getters, which records do not
 * have.) Rows are read once, in order, from the iterator, so a large list is never
 * copied.
 */
final class RecordDataSource implements JRDataSource {

	private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
		@Override
		protected Map<String, Method> computeValue(Class<?> type) {
			return Stream.of(type.getRecordComponents())
				.collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor));
		}
	};

	private final Iterator<? extends Record> rows;

	private Record current;

	RecordDataSource(Iterator<? extends Record> rows) {
		this.rows = rows;
	}

	static RecordDataSource of(List<? extends Record> rows) {
		return new RecordDataSource(rows.iterator());
	}

	@Override
	public boolean next() {
		current = rows.hasNext() ? rows.next() : null;
		return current != null;
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		Method accessor = ACCESSORS.get(current.getClass()).get(field.getName());
		if (accessor == null) {
			throw new JRException("Template field '" + field.getName() + "' is not a component of "
					+ current.getClass().getSimpleName());
		}
		try {
			return accessor.invoke(current);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new JRException("Could not read '" + field.getName() + "' of " + current, ex);
		}
	}

}
