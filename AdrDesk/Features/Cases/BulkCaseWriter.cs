using System.Collections;
using System.Data.Common;
using AdrDesk.Domain.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AdrDesk.Features.Cases;

/// <summary>
/// Writes whole aggregates (and their summary, participants and audit rows) with prepared INSERTs,
/// without change tracking: for generating 200,000 cases for benchmarks. Tables, columns and value
/// conversions come from the EF model, so the rows are exactly what the store would write.
/// </summary>
internal sealed class BulkCaseWriter(AdrDbContext db, DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<IEntityType, (DbCommand Command, IProperty[] Properties)> _inserts = [];

    public void Write(CaseBase @case, decimal? amountClaimed, DateTimeOffset now)
    {
        WriteGraph(@case, Type(@case.GetType()), new Dictionary<string, object?>());
        var sequence = 0;
        var previous = AuditChain.Genesis;
        foreach (var entry in @case.PendingAudit)
        {
            // No SaveChanges here, so the chain (issue 19 item 9) is linked as the interceptor would: a new case starts at genesis.
            var salt = AuditChain.NewSalt();
            var personal = AuditChain.PersonalDigestOf(salt, entry.ActorName, entry.Detail, entry.OnBehalfOf);
            previous = AuditChain.HashOf(previous, AuditChain.RowOf(entry, sequence), personal);
            WriteRow(entry, Type(typeof(AuditEntry)), new()
            {
                [AuditEntryConfiguration.SequenceColumn] = sequence++,
                [AuditChain.SaltColumn] = salt,
                [AuditChain.PersonalDigestColumn] = personal,
                [AuditChain.HashColumn] = previous,
            });
        }
        var summary = new CaseSummary { AmountClaimed = amountClaimed };
        CaseIndexer.Apply(summary, @case, now);
        WriteRow(summary, Type(typeof(CaseSummary)), []);
        foreach (var participant in CaseIndexer.Participants(@case)) WriteRow(participant, Type(typeof(CaseParticipant)), []);
    }

    private IEntityType Type(Type clrType) => db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");

    private void WriteGraph(object entity, IEntityType type, Dictionary<string, object?> shadow)
    {
        WriteRow(entity, type, shadow);
        var ownerKey = type.IsOwned() ? shadow[CaseMapping.CaseIdColumn] : type.FindPrimaryKey()!.Properties[0].GetGetter().GetClrValue(entity);
        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsOnDependent))
        {
            var value = navigation.GetGetter().GetClrValue(entity);
            if (value is null) continue;
            if (navigation.IsCollection)
            {
                var ordinal = 0;
                foreach (var child in (IEnumerable)value)
                {
                    WriteGraph(child, navigation.TargetEntityType, new() { [CaseMapping.CaseIdColumn] = ownerKey, [CaseMapping.OrdinalColumn] = ordinal++ });
                }
            }
            else
            {
                WriteGraph(value, navigation.TargetEntityType, new() { [CaseMapping.CaseIdColumn] = ownerKey });
            }
        }
    }

    private void WriteRow(object entity, IEntityType type, Dictionary<string, object?> shadow)
    {
        var (command, properties) = Insert(type);
        command.Parameters.Clear();
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            var value = property.IsShadowProperty() ? shadow[property.Name] : property.GetGetter().GetClrValue(entity);
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, "@p" + i, value, property.IsNullable));
        }
        command.ExecuteNonQuery();
    }

    private (DbCommand, IProperty[]) Insert(IEntityType type)
    {
        if (_inserts.TryGetValue(type, out var insert)) return insert;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().ToArray();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})";
        insert = (command, properties);
        _inserts[type] = insert;
        return insert;
    }

    public void Dispose()
    {
        foreach (var (command, _) in _inserts.Values) command.Dispose();
    }
}
