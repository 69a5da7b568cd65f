import Foundation
import GRDB
import SignpostCore

/// One URL waiting in (or taken from) a source's crawl frontier.
public struct FrontierItem: Sendable, Hashable {
    public enum Kind: String, Sendable { case listing, detail }
    public var url: String
    public var kind: Kind
    public var depth: Int
    public var attempts: Int
    public var etag: String?
    public var lastModified: String?
}

/// The state of a crawl run, for progress lines and summaries.
public struct CrawlRunCounts: Sendable, Equatable {
    public var queued = 0, done = 0, failed = 0, skipped = 0
    public var failedListings = 0
}

extension Directory {
    /// Starts a run for `source`, or resumes the one a crash or a page limit left running: its
    /// in-flight URLs go back to the queue and finished pages stay finished.
    public func beginCrawlRun(source: String, startURLs: [String]) async throws -> (id: Int64, resumed: Bool) {
        let now = self.now()
        return try await pool.write { db in
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM crawl_runs WHERE source = ? AND status = 'running' ORDER BY id DESC LIMIT 1",
                                          arguments: [source]) {
                try db.execute(sql: "UPDATE frontier SET state = 'queued' WHERE source = ? AND state = 'in_flight'", arguments: [source])
                return (id, true)
            }
            try db.execute(sql: "INSERT INTO crawl_runs (source, started_at, status) VALUES (?, ?, 'running')", arguments: [source, now])
            let id = db.lastInsertedRowID
            try db.execute(sql: "DELETE FROM frontier WHERE source = ?", arguments: [source])
            for url in startURLs {
                try db.execute(sql: "INSERT OR IGNORE INTO frontier (source, url, run_id, kind, depth, state, updated_at) VALUES (?, ?, ?, 'listing', 0, 'queued', ?)",
                               arguments: [source, url, id, now])
            }
            return (id, false)
        }
    }

    /// Adds URLs not seen in this run yet.
    public func enqueue(source: String, run: Int64, _ items: [(url: String, kind: FrontierItem.Kind, depth: Int)]) async throws -> Int {
        let now = self.now()
        return try await pool.write { db in
            var added = 0
            for item in items {
                try db.execute(sql: "INSERT OR IGNORE INTO frontier (source, url, run_id, kind, depth, state, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', ?)",
                               arguments: [source, item.url, run, item.kind.rawValue, item.depth, now])
                added += db.changesCount
            }
            return added
        }
    }

    /// The next URL that is due (listings before details, shallow before deep), marked in flight;
    /// with the time to wait when only later retries remain.
    public func takeNext(source: String, now: Double) async throws -> (item: FrontierItem?, waitSeconds: Double?) {
        try await pool.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT f.url, f.kind, f.depth, f.attempts, f.next_try_at, v.etag, v.last_modified
                FROM frontier f LEFT JOIN page_validators v ON v.url = f.url
                WHERE f.source = ? AND f.state = 'queued' ORDER BY f.next_try_at, f.kind = 'detail', f.depth, f.url LIMIT 1
                """, arguments: [source]) else { return (nil, nil) }
            let due: Double = row["next_try_at"]
            if due > now { return (nil, due - now) }
            try db.execute(sql: "UPDATE frontier SET state = 'in_flight' WHERE source = ? AND url = ?", arguments: [source, row["url"] as String])
            return (FrontierItem(url: row["url"], kind: FrontierItem.Kind(rawValue: row["kind"]) ?? .listing, depth: row["depth"],
                                 attempts: row["attempts"], etag: row["etag"], lastModified: row["last_modified"]), nil)
        }
    }

    /// Records a page's outcome: done (with fresh validators), failed, skipped, or back in the queue for a retry.
    public func settle(source: String, url: String, state: String, statusCode: Int?, error: String?, retryAt: Double? = nil,
                       etag: String? = nil, lastModified: String? = nil) async throws {
        let now = self.now()
        try await pool.write { db in
            if let retryAt {
                try db.execute(sql: "UPDATE frontier SET state = 'queued', attempts = attempts + 1, next_try_at = ?, status_code = ?, error = ?, updated_at = ? WHERE source = ? AND url = ?",
                               arguments: [retryAt, statusCode, error, now, source, url])
            } else {
                try db.execute(sql: "UPDATE frontier SET state = ?, status_code = ?, error = ?, updated_at = ? WHERE source = ? AND url = ?",
                               arguments: [state, statusCode, error, now, source, url])
            }
            if etag != nil || lastModified != nil {
                try db.execute(sql: "INSERT OR REPLACE INTO page_validators (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)",
                               arguments: [url, etag, lastModified, now])
            }
        }
    }

    public func crawlCounts(source: String) async throws -> CrawlRunCounts {
        try await pool.read { db in
            var counts = CrawlRunCounts()
            for row in try Row.fetchAll(db, sql: "SELECT state, kind, count(*) AS n FROM frontier WHERE source = ? GROUP BY state, kind", arguments: [source]) {
                let n: Int = row["n"]
                switch row["state"] as String {
                case "queued", "in_flight": counts.queued += n
                case "done": counts.done += n
                case "failed":
                    counts.failed += n
                    if row["kind"] as String == "listing" { counts.failedListings += n }
                default: counts.skipped += n
                }
            }
            return counts
        }
    }

    /// Stores harvested services and marks them seen in this run; a withdrawn one that is back is restored.
    public func upsertHarvested(_ records: [ServiceRecord], run: Int64) async throws -> UpsertSummary {
        let summary = try await upsert(records)
        try await pool.write { db in try Self.markSeen(records.map(\.externalID), run: run, db: db) }
        return summary
    }

    /// Marks pages answered 304 as seen: their services are unchanged, not gone (and if a crawl
    /// had withdrawn one, it is back).
    public func markSeen(externalIDs: [String], run: Int64) async throws {
        try await pool.write { db in try Self.markSeen(externalIDs, run: run, db: db) }
    }

    static func markSeen(_ externalIDs: [String], run: Int64, db: Database) throws {
        for id in externalIDs {
            try db.execute(sql: "UPDATE services SET last_seen_run = ?, status = CASE WHEN status = 'withdrawn' THEN 'active' ELSE status END WHERE external_id = ?",
                           arguments: [run, id])
            try db.execute(sql: "UPDATE service_facts SET active = (SELECT status = 'active' FROM services WHERE services.id = service_facts.id) WHERE id = (SELECT id FROM services WHERE external_id = ?)",
                           arguments: [id])
        }
    }

    /// Ends a run. Only a complete run withdraws the source's services it did not see (hidden,
    /// kept, restorable); a partial or failed run withdraws nothing.
    public func finishCrawlRun(_ run: Int64, source: String, status: String, pages: Int, errors: Int,
                               summary: UpsertSummary) async throws -> Int {
        let now = self.now()
        return try await pool.write { db in
            var withdrawn = 0
            if status == "complete" {
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM services WHERE source = ? AND status = 'active' AND (last_seen_run IS NULL OR last_seen_run != ?)",
                                             arguments: [source, run])
                for id in ids {
                    try db.execute(sql: "UPDATE services SET status = 'withdrawn', updated_at = ? WHERE id = ?", arguments: [now, id])
                    try db.execute(sql: "UPDATE service_facts SET active = 0 WHERE id = ?", arguments: [id])
                }
                withdrawn = ids.count
            }
            try db.execute(sql: """
                UPDATE crawl_runs SET status = ?, finished_at = ?, pages = pages + ?, errors = errors + ?, created = created + ?,
                    changed = changed + ?, unchanged = unchanged + ?, withdrawn = ? WHERE id = ?
                """, arguments: [status, now, pages, errors, summary.created, summary.updated, summary.unchanged, withdrawn, run])
            return withdrawn
        }
    }

    /// Adds this invocation's numbers to a run that goes on later (a page limit was reached).
    public func pauseCrawlRun(_ run: Int64, pages: Int, errors: Int, summary: UpsertSummary) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                UPDATE crawl_runs SET pages = pages + ?, errors = errors + ?, created = created + ?, changed = changed + ?,
                    unchanged = unchanged + ? WHERE id = ?
                """, arguments: [pages, errors, summary.created, summary.updated, summary.unchanged, run])
        }
    }
}
