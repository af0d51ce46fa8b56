using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdrDesk.Tests.Documents;

/// <summary>Issue 4, item 3: parties download only documents of their own cases; nothing reveals that others exist.</summary>
public class DocumentEndpointTests
{
    [Fact]
    public async Task A_party_downloads_a_document_of_its_own_case()
    {
        await using var host = await DownloadHost.StartAsync();
        var id = await host.SaveAsync(Samples.CaseNumber);

        var response = await host.GetAsync(id, readerOfCase: Samples.CaseNumber);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-1.4", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_party_cannot_download_another_cases_document_and_sees_the_same_404_as_for_an_unknown_id()
    {
        await using var host = await DownloadHost.StartAsync();
        var id = await host.SaveAsync(Samples.CaseNumber);

        var otherCase = await host.GetAsync(id, readerOfCase: "DD-2026-00099");
        var unknown = await host.GetAsync(Guid.NewGuid(), readerOfCase: Samples.CaseNumber);

        Assert.Equal(HttpStatusCode.NotFound, otherCase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await otherCase.Content.ReadAsStringAsync());
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_A_document_whose_file_is_missing_answers_404_with_a_message_for_staff_not_500()
    {
        await using var host = await DownloadHost.StartAsync();
        var id = await host.SaveAsync(Samples.CaseNumber);
        foreach (var file in Directory.GetFiles(host.Folder, "*", SearchOption.AllDirectories)) File.Delete(file);

        var staff = await host.GetAsync(id, readerOfCase: Samples.CaseNumber, role: AdrDesk.Security.Roles.CaseManager);
        var party = await host.GetAsync(id, readerOfCase: Samples.CaseNumber);

        Assert.Equal(HttpStatusCode.NotFound, staff.StatusCode);
        Assert.Contains("ruling.pdf", await staff.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, party.StatusCode);
        Assert.DoesNotContain("ruling.pdf", await party.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_document_is_served_under_a_clean_name_with_its_types_extension()
    {
        await using var host = await DownloadHost.StartAsync();
        var id = await host.SaveAsync(Samples.CaseNumber, "advies_\u202Efdp.exe");

        var response = await host.GetAsync(id, readerOfCase: Samples.CaseNumber);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("advies_fdp.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task An_anonymous_request_is_challenged()
    {
        await using var host = await DownloadHost.StartAsync();
        var id = await host.SaveAsync(Samples.CaseNumber);

        var response = await host.GetAsync(id, readerOfCase: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The endpoint in a test server; the test policy lets a user read the case named in its "case" claim.</summary>
    private sealed class DownloadHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly StoreFixture _store;

        private DownloadHost(WebApplication app, StoreFixture store) => (_app, _store) = (app, store);

        public static async Task<DownloadHost> StartAsync()
        {
            var store = new StoreFixture();
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IDocumentStore>(store.Store);
            builder.Services.AddSingleton<IDocumentAccessPolicy, CaseClaimPolicy>();
            builder.Services.AddAuthentication(HeaderAuthentication.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
            builder.Services.AddAuthorization();
            var app = builder.Build();
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapDocumentEndpoints();
            await app.StartAsync();
            return new DownloadHost(app, store);
        }

        public string Folder => _store.Folder;

        public async Task<Guid> SaveAsync(string caseNumber, string fileName = "ruling.pdf")
        {
            var saved = await _store.Store.SaveAsync(new NewDocument(Guid.NewGuid(), caseNumber, DocumentKind.BindingRuling, DocumentLanguage.Nl,
                "Bindend advies", fileName, "application/pdf", "%PDF-1.4"u8.ToArray(), new DocumentAuthor(Guid.NewGuid(), "K. de Boer")));
            return saved.Value.Id;
        }

        public Task<HttpResponseMessage> GetAsync(Guid id, string? readerOfCase, string? role = null)
        {
            var client = _app.GetTestClient();
            if (readerOfCase is not null)
                client.DefaultRequestHeaders.Add(HeaderAuthentication.Header, readerOfCase);
            if (role is not null)
                client.DefaultRequestHeaders.Add(HeaderAuthentication.RoleHeader, role);
            return client.GetAsync(DocumentEndpoints.DownloadUrl(id));
        }

        public async ValueTask DisposeAsync()
        {
            await _app.DisposeAsync();
            await _store.DisposeAsync();
        }
    }

    private sealed class CaseClaimPolicy : IDocumentAccessPolicy
    {
        public Task<bool> CanReadAsync(ClaimsPrincipal user, string caseNumber) => Task.FromResult(user.HasClaim("case", caseNumber));
    }

    private sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Test";
        public const string Header = "X-Test-Case";
        public const string RoleHeader = "X-Test-Role";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(Header, out var caseNumber))
                return Task.FromResult(AuthenticateResult.NoResult());
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "party"), new Claim("case", caseNumber.ToString())], SchemeName);
            if (Request.Headers.TryGetValue(RoleHeader, out var role))
                identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
