using System.Text.Json;

namespace AdrDesk.Tests.Hosting;

/// <summary>
/// Issue 21: the runtime settings that cut AdrDesk's CPU per action and while idle live in the app's own
/// runtimeconfig.json (so `dotnet AdrDesk.dll`, `dotnet run` and a publish all carry them, not an environment variable
/// someone has to remember on each server).
/// </summary>
[Trait("Issue", "21")]
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        // The referenced app's runtimeconfig.json is copied next to the test assembly with AdrDesk.dll.
        var path = Path.Combine(AppContext.BaseDirectory, "AdrDesk.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} is missing");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Thread_pool_workers_sleep_at_once_instead_of_spinning()
    {
        var properties = ConfigProperties();
        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }

    [Fact]
    public void Dynamic_pgo_is_off_so_hot_methods_are_not_compiled_a_third_time()
    {
        var properties = ConfigProperties();
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
