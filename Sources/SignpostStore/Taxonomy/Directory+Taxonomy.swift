import Foundation
import GRDB
import SignpostCore

extension Directory {
    /// Loads a taxonomy file's contents into the database, replacing the previous version.
    ///
    /// Services whose needs came from the classifier or their kinds are re-tagged, so a new synonym
    /// takes effect without a code change or a re-import.
    public func loadTaxonomy(_ taxonomy: Taxonomy) async throws {
        try taxonomy.validate()
        try await pool.write { db in try TaxonomyTables.replace(taxonomy, in: db) }
        invalidateContext()
        if try !isEmpty { try await retagAll() }
    }
}
