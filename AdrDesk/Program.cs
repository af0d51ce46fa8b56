using AdrDesk.AppSetup;
using AdrDesk.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddAdrDesk();

var app = builder.Build();

if (Array.IndexOf(args, "--write-schema") is var i and >= 0 && i + 1 < args.Length)
{
    // Writes the model's CREATE script: the source of a new migration script (see SqlScriptMigration).
    await File.WriteAllTextAsync(args[i + 1], await app.Services.SchemaScriptAsync());
    return;
}

await app.Services.InitializeDatabaseAsync(seedDemo: args.Contains("--seed-demo"));
await AdrDesk.Features.Cases.CaseVolume.SeedVolumeIfAskedAsync(app.Services, args); // --seed-volume N: benchmark cases
app.UseAdrDesk();
app.PrintWhenStarted();
await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can find it in tests.</summary>
public partial class Program;
