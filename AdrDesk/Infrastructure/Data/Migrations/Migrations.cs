using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdrDesk.Infrastructure.Data.Migrations;

// One class per migration, oldest first; each runs the embedded script of the same id.

[DbContext(typeof(AdrDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : SqlScriptMigration;

/// <summary>Triggers that refuse UPDATE and DELETE on AuditTrail (kept apart so that regenerating Initial does not lose them).</summary>
[DbContext(typeof(AdrDbContext))]
[Migration("20261121000100_AuditAppendOnly")]
public sealed class AuditAppendOnly : SqlScriptMigration;

/// <summary>Covering index for the assessor's workbench grid (issue 7 item 2, issue 9).</summary>
[DbContext(typeof(AdrDbContext))]
[Migration("20261122000200_WorkbenchGridCover")]
public sealed class WorkbenchGridCover : SqlScriptMigration;

/// <summary>Issue 8: position documents, hand-signed agreement scans, introduction letters.</summary>
[DbContext(typeof(AdrDbContext))]
[Migration("20261122000300_MediationFiles")]
public sealed class MediationFiles : SqlScriptMigration;

/// <summary>The intake's PrintJobs merged into the case file's PrintQueue (one print queue, D21), the old table dropped; the notices' cursor table; drafts' expiry warnings.</summary>
[DbContext(typeof(AdrDbContext))]
[Migration("20261122000400_OnePrintQueue")]
public sealed class OnePrintQueue : SqlScriptMigration;

/// <summary>Issue 5 item 12: filing receipts owed to filers, issued after the submission's commit (ReceiptDelivery).</summary>
[DbContext(typeof(AdrDbContext))]
[Migration("20261122000500_PendingReceipts")]
public sealed class PendingReceipts : SqlScriptMigration;
