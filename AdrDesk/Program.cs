using AdrDesk.AppSetup;
using AdrDesk.Infrastructure.Data;

if (BackupCommands.RestoreIfAsked(args)) return; // --restore <backup> <data folder>: before the host opens any database
var builder = WebApplication.CreateBuilder(args);
builder.AddAdrDesk();

var app = builder.Build();

await app.Services.InitializeDatabaseAsync(seedDemo: args.Contains("--seed-demo"));
if (await FirstAdmin.RunIfAskedAsync(app.Services, args)) return; // --create-admin: a new install's first administrator
if (await VerifyAuditCommand.RunIfAskedAsync(app.Services, args)) return; // --verify-audit: the audit trail's hash chains
if (await BackupCommands.BackupNowIfAskedAsync(app.Services, args)) return; // --backup-now <folder>: one online backup
await AdrDesk.Features.Cases.CaseVolume.SeedVolumeIfAskedAsync(app.Services, args); // --seed-volume N: benchmark cases
app.UseAdrDesk();
app.PrintWhenStarted();
await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can find it in tests.</summary>
public partial class Program;
