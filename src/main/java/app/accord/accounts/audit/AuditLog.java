package app.accord.accounts.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import app.accord.accounts.AuditTrail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
public class AuditLog implements AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(String action, String subject, String details) {
		recordAs(currentActor(), action, subject, details);
	}

	@Transactional
	public void recordAs(String actor, String action, String subject, String details) {
		jdbc.sql(
				"insert into audit_event (occurred_at, actor, action, subject, details, address) values (?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(clock.instant()), cut(actor, 320), cut(action, 60), cut(subject, 320),
					cut(details, 2000), cut(currentAddress(), 64))
			.update();
	}

	@PreAuthorize("hasRole('STAFF')")
	@Transactional(readOnly = true)
	public Page<Entry> recent(Pageable pageable) {
		var total = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		var entries = jdbc.sql("""
				select occurred_at, actor, action, subject, details, address from audit_event
				order by occurred_at desc, id desc offset ? rows fetch next ? rows only""")
			.params(pageable.getOffset(), pageable.getPageSize())
			.query((rs, row) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject"), rs.getString("details"), rs.getString("address")))
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	record Entry(Instant occurredAt, String actor, String action, String subject, String details, String address) {
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static String currentAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
