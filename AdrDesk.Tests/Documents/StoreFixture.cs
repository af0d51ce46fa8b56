using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdrDesk.Tests.Documents;

/// <summary>A document store over a private in-memory SQLite database and a temporary folder.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    public StoreFixture()
    {
        _connection.Open();
        _services = new ServiceCollection()
            .AddDbContextFactory<AdrDbContext>(o => o.UseSqlite(_connection))
            .BuildServiceProvider();
        Db = _services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        using (var db = Db.CreateDbContext())
            db.Database.EnsureCreated();
        Folder = Directory.CreateTempSubdirectory("adrdesk-documents-").FullName;
        Store = new FileDocumentStore(Db, Options.Create(new DocumentOptions { StorePath = Folder }), TimeProvider.System, NullLogger<FileDocumentStore>.Instance);
    }

    public IDbContextFactory<AdrDbContext> Db { get; }
    public string Folder { get; }
    public FileDocumentStore Store { get; }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
