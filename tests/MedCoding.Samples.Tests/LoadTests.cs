using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit.Abstractions;

namespace MedCoding.Samples.Tests;

/// <summary>
/// A bounded load test of the web sample on 127.0.0.1: a few concurrent clients for a fixed time per endpoint (it stops by
/// itself), then requests per second and p50/p99 latency for scrub and lookup. It checks that every answer is right; the
/// figures are printed (<c>dotnet test ... --logger "console;verbosity=detailed"</c>) and not asserted, since the machine
/// is shared.
/// </summary>
[Collection(WebApiCollection.Name)]
public sealed class LoadTests(WebApiFixture web, ITestOutputHelper output)
{
    private const int Clients = 4;
    private static readonly TimeSpan s_warmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_duration = TimeSpan.FromSeconds(4);

    private const string Claim = """
        {
          "type": "professional",
          "dateOfService": "2025-11-03",
          "patient": { "birthDate": "1950-02-01", "sex": "F" },
          "diagnoses": [ { "code": "E11.65" }, { "code": "I10" } ],
          "lines": [ { "code": "99214", "units": 1, "diagnosisPointers": [1, 2], "placeOfService": "11", "charge": 150.00 } ]
        }
        """;

    [Fact]
    public async Task Load_ScrubAndLookup_EveryAnswerOkWithinTheTimeBox()
    {
        var lookup = await RunAsync("lookup", () => new HttpRequestMessage(HttpMethod.Get, new Uri("codes/icd10cm/E11.65?date=2025-11-03", UriKind.Relative)));
        var scrub = await RunAsync("scrub", () =>
        {
            var content = new StringContent(Claim, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpRequestMessage(HttpMethod.Post, new Uri("claims/scrub", UriKind.Relative)) { Content = content };
        });

        output.WriteLine($"{Environment.ProcessorCount} cores, load average before {LoadAverage()} (other processes on the machine)");
        foreach (var figures in new[] { lookup, scrub })
        {
            output.WriteLine(figures.ToString());
            figures.Failures.Should().Be(0, "every request is answered 200 ({0})", figures.Name);
            figures.Requests.Should().BeGreaterThan(0);
        }
    }

    private async Task<LoadFigures> RunAsync(string name, Func<HttpRequestMessage> request)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients };
        using var client = new HttpClient(handler) { BaseAddress = web.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[Clients];
        var failures = 0;
        var warmEnd = Stopwatch.GetTimestamp() + (long)(s_warmUp.TotalSeconds * Stopwatch.Frequency);
        var end = warmEnd + (long)(s_duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                if (start >= end)
                {
                    return;
                }

                using var message = request();
                using var response = await client.SendAsync(message);
                await response.Content.ReadAsByteArrayAsync();
                var stop = Stopwatch.GetTimestamp();
                if (start >= warmEnd)
                {
                    mine.Add((stop - start) * 1000.0 / Stopwatch.Frequency);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        }));

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadFigures(name, all.Length, failures, all.Length / s_duration.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private sealed record LoadFigures(string Name, int Requests, int Failures, double PerSecond, double P50, double P99)
    {
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Name}: {Requests} requests in {s_duration.TotalSeconds:0} s with {Clients} clients, {PerSecond:0} requests/s, p50 {P50:0.00} ms, p99 {P99:0.00} ms, {Failures} failures");
    }
}
