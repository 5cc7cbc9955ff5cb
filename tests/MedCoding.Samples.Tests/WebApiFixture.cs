using MedCoding.Testing;

namespace MedCoding.Samples.Tests;

/// <summary>
/// Starts the web sample once, on a free port of 127.0.0.1, with ICD-10-PCS data configured on its command line and a rate
/// limit high enough for every test and the load test (<see cref="LimitedWebApiFixture"/> starts one with tight limits).
/// </summary>
public class WebApiFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private SampleProcess? _process;

    public HttpClient Client { get; private set; } = null!;

    public string Output => _process?.Output ?? string.Empty;

    /// <summary>Gets the sample's configuration, given on its command line.</summary>
    protected virtual IEnumerable<string> Arguments =>
    [
        "--MedCoding:Icd10PcsFolders:0", OfficialData.Path("icd10pcs", "2026"),
        "--Service:RateLimit:PermitLimit", "1000000",
    ];

    public async Task InitializeAsync()
    {
        var port = SampleProcess.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        _process = SampleProcess.Start(
            SampleProcess.AssemblyPath("WebApiAssembly"),
            ["--urls", address.ToString(), .. Arguments]);
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

        var deadline = DateTime.UtcNow + s_startTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web sample exited with code {_process.ExitCode} before answering:\n{_process.Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The web sample did not answer on {address} within {s_startTimeout.TotalSeconds} s:\n{_process.Output}");
            }

            await Task.Delay(200);
        }
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        _process?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The web sample with tight limits: a 64 KiB body, a 2 s request timeout, 20 requests a minute per address.</summary>
public sealed class LimitedWebApiFixture : WebApiFixture
{
    public const int MaxBodyBytes = 64 * 1024;
    public const int PermitLimit = 20;

    protected override IEnumerable<string> Arguments =>
    [
        "--Service:MaxRequestBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--Service:RequestTimeoutSeconds", "2",
        "--Service:RateLimit:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--Service:RateLimit:WindowSeconds", "60",
    ];
}

/// <summary>The test classes that share one web sample process (<see cref="WebApiFixture"/>), run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class WebApiCollection : ICollectionFixture<WebApiFixture>
{
    public const string Name = "Web sample";
}
