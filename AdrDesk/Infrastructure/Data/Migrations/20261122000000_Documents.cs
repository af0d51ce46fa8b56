using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdrDesk.Infrastructure.Data.Migrations;

// Issue 4: the document store's table (StoredDocumentConfiguration). Kept beside Migrations.cs so
// that the documents branch merges without touching it; move it there if preferred.
[DbContext(typeof(AdrDbContext))]
[Migration("20261122000000_Documents")]
public sealed class Documents : SqlScriptMigration;
