using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Backup;

/// <summary>
/// Issue 17: AdrDesk's own backup copies a SQLite file (<c>VACUUM INTO</c>). On PostgreSQL the database's backup is
/// PostgreSQL's own tool, pg_dump (or the server's base backups); --backup-now and the schedule refuse with this.
/// </summary>
public sealed record BackupNeedsPgDump() : DomainError();
