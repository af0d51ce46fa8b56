using System.Globalization;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Features.Cases;

/// <summary>
/// <c>--seed-volume N</c>: N binding-ruling cases for the 200,000-case benchmarks. Each history is
/// played through the domain commands in memory (so every row is consistent: states, deadlines,
/// audit, summary), then written with prepared INSERTs in transactions of 5,000, without events.
/// Numbers are taken in blocks of the current year. Terms that due work would act on are kept in
/// the future, so the first due-work round after seeding has nothing to do.
/// </summary>
public static class CaseVolume
{
    public const int TransactionSize = 5_000;

    private static readonly (S State, int Weight, double MaxDaysAgo)[] Mix =
    [
        (S.Filed, 6, 2), (S.Screening, 8, 10), (S.AwaitingSubscription, 2, 30), (S.ForwardedToRespondent, 12, 12),
        (S.SettlementAttempt, 10, 20), (S.InformationGathering, 10, 25), (S.DossierComplete, 8, 60), (S.RulingInPreparation, 6, 20),
        (S.CompliancePeriod, 5, 12), (S.ReminderSent, 2, 10), (S.Complied, 6, 60), (S.Closed, 10, 500), (S.Refused, 6, 500),
        (S.Withdrawn, 4, 500), (S.Settled, 5, 500),
    ];

    private static readonly string[] FirstNames = ["Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess", "Milan", "Zoë", "Noah", "Fatima", "Mohammed", "Anna", "Liam", "Eva", "Finn"];
    private static readonly string[] LastNames = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Yılmaz", "El Amrani", "Peters", "Hendriks", "van Dijk"];
    private static readonly string[] Shops = ["Fietsonderdelen.nl", "Mode & Meer", "ElektroDirect Nederland", "Tuinhuis Totaal", "Bloem & Blad Café", "Boekenhoek", "Sportief Online", "Keukenkoning", "Speelgoedparadijs", "Lampenwinkel", "Parfumhuis", "Babyland Online", "Witgoed Web", "Dierenshop", "Reisbagage"];

    /// <summary>Program.cs: <c>--seed-volume N</c> after the database is migrated.</summary>
    public static async Task SeedVolumeIfAskedAsync(IServiceProvider services, string[] args)
    {
        var i = Array.IndexOf(args, "--seed-volume");
        if (i < 0 || i + 1 >= args.Length) return;
        await SeedVolumeAsync(services, int.Parse(args[i + 1], CultureInfo.InvariantCulture));
    }

    public static async Task<int> SeedVolumeAsync(IServiceProvider services, int n, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CaseVolume));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var year = AmsterdamCalendar.DateOf(now).Year;
        var assessors = await AssessorsAsync(factory, cancellationToken);
        var desk = new Actor(CaseDemoSeeder.DeterministicGuid("volume-desk"), "Balie", Role.CaseManager);
        var random = new Random(20261121);
        var totalWeight = Mix.Sum(m => m.Weight);

        for (var done = 0; done < n;)
        {
            var batch = Math.Min(TransactionSize, n - done);
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var first = await AllocateBlockAsync(db, year, batch, cancellationToken);
            using (var writer = new BulkCaseWriter(db, db.Database.GetDbConnection(), tx.GetDbTransaction()))
            {
                for (var k = 0; k < batch; k++)
                {
                    var (@case, claim) = Generate(CaseNumber.Create(Scheme.BindingRuling, year, first + k).Value, Pick(random, totalWeight), random, assessors, desk, now);
                    writer.Write(@case, claim, now);
                }
            }
            await tx.CommitAsync(cancellationToken);
            done += batch;
            logger.LogInformation("Volume: {Done}/{Total} cases ({Seconds:F0} s)", done, n, started.Elapsed.TotalSeconds);
        }
        return n;
    }

    private static (S State, double MaxDaysAgo) Pick(Random random, int totalWeight)
    {
        var roll = random.Next(totalWeight);
        foreach (var (state, weight, maxDaysAgo) in Mix)
        {
            if ((roll -= weight) < 0) return (state, maxDaysAgo);
        }
        return (S.Filed, 2);
    }

    private static (BindingRulingCase, decimal) Generate(
        CaseNumber number, (S State, double MaxDaysAgo) target, Random random, IReadOnlyList<PanelMember> assessors, Actor desk, DateTimeOffset now)
    {
        var consumerName = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        var shop = Shops[random.Next(Shops.Length)] + " B.V.";
        var consumer = new Actor(Guid.NewGuid(), consumerName, Role.Consumer);
        var webshop = new Actor(CaseDemoSeeder.DeterministicGuid("volume-user:" + shop), shop, Role.Business);
        var cast = new PathCast(consumer, webshop, desk, [assessors[random.Next(assessors.Count)]]);
        var steps = BindingRulingPath.To(target.State, cast, PartyRole.Consumer);
        var clock = new SeedClock(now - TimeSpan.FromDays(BindingRulingPath.Days(steps) + random.NextDouble() * target.MaxDaysAgo));
        var @case = BindingRulingCase.Draft(number, Party.Consumer(consumerName, consumer.UserId).Value,
            Party.Business(shop, webshop.UserId, CaseDemoSeeder.DeterministicGuid(shop)).Value,
            PartyRole.Consumer, Language.Nl, random.Next(10) == 0 ? Language.En : Language.Nl, FilingChannel.Online, consumer, clock).Value;
        foreach (var step in steps)
        {
            clock.Now += TimeSpan.FromDays(step.DaysAfterPrevious);
            var result = step.Run(@case, clock);
            if (result.IsFailure) throw new InvalidOperationException($"Volume case {number} to {target.State}: {result.Error!.Code}");
        }
        return (@case, Math.Round(25m + (decimal)random.NextDouble() * 2_000m, 2));
    }

    /// <summary>The demo assessors if they exist (so their workbench shows volume), else three made-up ones.</summary>
    private static async Task<IReadOnlyList<PanelMember>> AssessorsAsync(IDbContextFactory<AdrDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var emails = new[] { "BEOORDELAAR@DEMO.ADRDESK.NL", "BEOORDELAAR2@DEMO.ADRDESK.NL", "BEOORDELAAR3@DEMO.ADRDESK.NL" };
        var found = await db.Set<AppUser>().Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => new PanelMember(u.Id, u.DisplayName, false)).ToListAsync(cancellationToken);
        return found.Count > 0 ? found
            : [.. Enumerable.Range(1, 3).Select(i => new PanelMember(CaseDemoSeeder.DeterministicGuid("volume-assessor" + i), $"mr. Beoordelaar {i}"))];
    }

    private static async Task<int> AllocateBlockAsync(AdrDbContext db, int year, int count, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"""
            INSERT INTO "CaseNumberSequences" ("Scheme", "Year", "LastNumber") VALUES ('{Scheme.BindingRuling}', {year}, {count})
            ON CONFLICT ("Scheme", "Year") DO UPDATE SET "LastNumber" = "CaseNumberSequences"."LastNumber" + {count}
            RETURNING "LastNumber"
            """;
        var last = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (last > CaseNumber.MaxSequence) throw new InvalidOperationException($"Not enough case numbers left in {year} for {count} more cases.");
        return last - count + 1;
    }
}
