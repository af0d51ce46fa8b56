namespace AdrDesk.Tests;

public class SmokeTests
{
    [Fact]
    public void Solution_builds() => Assert.True(true);
}
