"""The database schema as a chain of migrations, so a database made by an older nianbao upgrades.

Each step is applied once, in order, and recorded in `_sqlite_migrations` (sqlite-utils
`Migrations`). Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("nianbao")

# Statutory row/column labels of table 3 (2019 and 2021 templates), as parsers/tables.py emits.
RECEIVED = "一、本年新收政府信息公开申请数量"
CARRIED_OVER = "二、上年结转政府信息公开申请数量"
ANSWERED = "三、本年度办理结果/（七）总计"
CARRIED_FORWARD = "四、结转下年度继续办理"
TOTAL = "总计"

TRIGRAM_SQLITE = (3, 34, 0)


@migrations()
def m001_core(db: Database) -> None:
    """Agencies, reports keyed by (agency, year), their parts, every fetched document, runs."""
    db.executescript(
        """
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            region TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            pid INTEGER,
            pages INTEGER,
            reports INTEGER,
            new INTEGER,
            changed INTEGER,
            unchanged INTEGER,
            not_report INTEGER,
            duplicates INTEGER,
            errors INTEGER,
            reasons TEXT,
            note TEXT
        );
        CREATE TABLE agencies (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT,
            short_name TEXT NOT NULL,
            kind TEXT,
            province TEXT,
            prefecture TEXT,
            county TEXT,
            code TEXT
        );
        CREATE INDEX agencies_county ON agencies (province, prefecture, county);
        CREATE TABLE documents (
            url TEXT PRIMARY KEY,
            kind TEXT,
            status INTEGER,
            content_type TEXT,
            sha256 TEXT,
            outcome TEXT,
            reason TEXT,
            archive TEXT,
            agency_id INTEGER REFERENCES agencies (id),
            year INTEGER,
            run_id INTEGER REFERENCES crawl_runs (id),
            first_fetched TEXT,
            fetched_at TEXT
        );
        CREATE INDEX documents_run ON documents (run_id, outcome);
        CREATE INDEX documents_report ON documents (agency_id, year);
        CREATE TABLE reports (
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            year INTEGER NOT NULL,
            province TEXT,
            prefecture TEXT,
            county TEXT,
            title TEXT,
            published TEXT,
            format TEXT,
            script TEXT,
            chars INTEGER,
            text TEXT NOT NULL,
            text_original TEXT,
            sha256 TEXT NOT NULL,
            record_sha256 TEXT NOT NULL,
            url TEXT,
            document_url TEXT REFERENCES documents (url),
            warnings TEXT,
            attachments TEXT,
            chrome TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            changed_at TEXT,
            first_run_id INTEGER REFERENCES crawl_runs (id),
            last_run_id INTEGER REFERENCES crawl_runs (id),
            changed_run_id INTEGER REFERENCES crawl_runs (id),
            PRIMARY KEY (agency_id, year)
        );
        CREATE INDEX reports_county ON reports (province, prefecture, county, year);
        CREATE INDEX reports_last_run ON reports (last_run_id);
        CREATE TABLE report_versions (
            id INTEGER PRIMARY KEY,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            year INTEGER NOT NULL,
            title TEXT,
            published TEXT,
            url TEXT,
            chars INTEGER,
            text TEXT,
            text_original TEXT,
            sha256 TEXT,
            first_seen TEXT,
            last_seen TEXT,
            replaced_at TEXT NOT NULL,
            replaced_run_id INTEGER REFERENCES crawl_runs (id)
        );
        CREATE INDEX report_versions_report ON report_versions (agency_id, year);
        CREATE TABLE sections (
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            year INTEGER NOT NULL,
            position INTEGER NOT NULL,
            number TEXT,
            title TEXT,
            text TEXT,
            PRIMARY KEY (agency_id, year, position),
            FOREIGN KEY (agency_id, year) REFERENCES reports (agency_id, year) ON DELETE CASCADE
        );
        CREATE TABLE cells (
            id INTEGER PRIMARY KEY,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            year INTEGER NOT NULL,
            "table" TEXT NOT NULL,
            "row" TEXT,
            col TEXT,
            value NUMERIC,
            raw TEXT,
            unit TEXT,
            FOREIGN KEY (agency_id, year) REFERENCES reports (agency_id, year) ON DELETE CASCADE
        );
        CREATE INDEX cells_report ON cells (agency_id, year, "table", "row", col);
        CREATE INDEX cells_label ON cells ("table", "row", col);
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            year INTEGER NOT NULL,
            rule TEXT NOT NULL,
            ok INTEGER NOT NULL,
            detail TEXT,
            FOREIGN KEY (agency_id, year) REFERENCES reports (agency_id, year) ON DELETE CASCADE
        );
        CREATE INDEX checks_report ON checks (agency_id, year);
        CREATE INDEX checks_failed ON checks (ok, rule);
        """
    )


@migrations()
def m002_fulltext(db: Database) -> None:
    """Trigram FTS5 on title and text: Chinese has no spaces, so words cannot be tokens."""
    if db.sqlite_version < TRIGRAM_SQLITE:
        raise RuntimeError(f"SQLite {TRIGRAM_SQLITE} or newer is needed for trigram search")
    db.executescript(
        """
        CREATE VIRTUAL TABLE reports_fts USING fts5 (
            title, text, content="reports", content_rowid="rowid", tokenize="trigram"
        );
        CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
            INSERT INTO reports_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
            INSERT INTO reports_fts (reports_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, text ON reports BEGIN
            INSERT INTO reports_fts (reports_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO reports_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        INSERT INTO reports_fts (reports_fts) VALUES ('rebuild');
        """
    )


@migrations()
def m003_validators(db: Database) -> None:
    """ETag / Last-Modified per document, for conditional requests in incremental crawls."""
    db.executescript(
        """
        ALTER TABLE documents ADD COLUMN etag TEXT;
        ALTER TABLE documents ADD COLUMN last_modified TEXT;
        """
    )


@migrations()
def m004_views(db: Database) -> None:
    """The first questions researchers ask, as views Datasette lists beside the tables."""
    db.executescript(
        f"""
        CREATE VIEW coverage AS
        WITH RECURSIVE spans (province, prefecture, county, year, last) AS (
            SELECT province, prefecture, county, min(year), max(year)
            FROM reports GROUP BY province, prefecture, county
            UNION ALL
            SELECT province, prefecture, county, year + 1, last FROM spans WHERE year < last
        )
        SELECT a.id AS agency_id, a.province, a.prefecture, a.county, a.short_name AS agency,
               a.kind, s.year,
               CASE WHEN r.year IS NULL THEN 'missing' ELSE 'published' END AS status,
               r.title, r.url
        FROM agencies a
        JOIN spans s ON s.province IS a.province AND s.prefecture IS a.prefecture
                    AND s.county IS a.county
        LEFT JOIN reports r ON r.agency_id = a.id AND r.year = s.year;

        CREATE VIEW applications AS
        SELECT r.agency_id, r.province, r.prefecture, r.county, a.short_name AS agency, r.year,
               r.format,
               max(CASE WHEN c."row" = '{RECEIVED}' THEN c.value END) AS received,
               max(CASE WHEN c."row" = '{CARRIED_OVER}' THEN c.value END) AS carried_over,
               max(CASE WHEN c."row" = '{ANSWERED}' THEN c.value END) AS answered,
               max(CASE WHEN c."row" = '{CARRIED_FORWARD}' THEN c.value END) AS carried_forward
        FROM reports r
        JOIN agencies a ON a.id = r.agency_id
        JOIN cells c ON c.agency_id = r.agency_id AND c.year = r.year
                    AND c."table" = 't3' AND c.col = '{TOTAL}'
        GROUP BY r.agency_id, r.year;

        CREATE VIEW applications_by_county AS
        SELECT province, prefecture, county, year, count(*) AS agencies,
               sum(received) AS received, sum(answered) AS answered
        FROM applications
        GROUP BY province, prefecture, county, year;

        CREATE VIEW failed_checks AS
        SELECT c.agency_id, r.province, r.prefecture, r.county, a.short_name AS agency, c.year,
               c.rule, c.detail, r.title, r.url
        FROM checks c
        JOIN reports r ON r.agency_id = c.agency_id AND r.year = c.year
        JOIN agencies a ON a.id = c.agency_id
        WHERE c.ok = 0;

        CREATE VIEW changed_reports AS
        SELECT v.agency_id, r.province, r.prefecture, r.county, a.short_name AS agency, v.year,
               v.replaced_at, v.chars AS old_chars, r.chars AS new_chars,
               v.sha256 AS old_sha256, r.sha256 AS new_sha256, v.url AS old_url, r.url AS new_url,
               v.id AS version_id
        FROM report_versions v
        JOIN reports r ON r.agency_id = v.agency_id AND r.year = v.year
        JOIN agencies a ON a.id = v.agency_id;
        """
    )


@migrations()
def m005_document_context(db: Database) -> None:
    """What the crawl knew about a document (region, column, link title), for `make reparse`."""
    db.execute("ALTER TABLE documents ADD COLUMN context TEXT")


@migrations()
def m006_checks_unknown(db: Database) -> None:
    """A check whose terms are missing (blank cells, a table cut short) is neither passed nor
    failed: `ok` NULL, so it never shows among the tables that do not add up."""
    db["checks"].transform(not_null={"ok": False})


def migrate(db: Database) -> None:
    """Bring the schema up to date; a no-op on a current database."""
    migrations.apply(db)
