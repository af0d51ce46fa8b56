using AdrDesk.Tests.Support;
using System.Reflection;
using System.Text.RegularExpressions;
using AdrDesk.Features.Mediation.Scheduling;

namespace AdrDesk.Tests.Mediation;

/// <summary>M3: the talks may not be recorded or written down: no notes, minutes, transcript or recording, anywhere.</summary>
public partial class ConfidentialityTests
{
    [GeneratedRegex("note|notitie|^minutes|notulen|transcript|recording|opname|verslag|aantekening|content|summary", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    [Fact]
    [Trait("Rule", "M3")]
    public void M3_Session_types_hold_logistics_only()
    {
        Type[] types = [typeof(SessionAppointment), typeof(SlotResponse), typeof(SessionAttendance), typeof(AdrDesk.Domain.Mediation.Session), typeof(SessionView)];
        foreach (var type in types)
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            Assert.False(Forbidden().IsMatch(property.Name), $"{type.Name}.{property.Name} looks like a place to write down what was said (M3)");
    }

    [Fact]
    [Trait("Rule", "M3")]
    public async Task M3_No_session_table_has_a_column_for_what_was_said()
    {
        await using var kit = await MediationKit.StartAsync();
        var columns = await kit.WithDbAsync(async db =>
        {
            var names = new List<string>();
            var connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
            await connection.OpenAsync();
            foreach (var table in new[] { "MediationAppointments", "MediationSlotResponses", "MediationAttendance", "MediationSessions" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = TestProvider.IsPostgres
                    ? $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'"
                    : $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) names.Add($"{table}.{reader.GetString(0)}");
            }
            return names;
        });
        Assert.Contains("MediationAppointments.StartsAt", columns);
        Assert.DoesNotContain(columns, c => Forbidden().IsMatch(c.Split('.')[1]));
    }
}
