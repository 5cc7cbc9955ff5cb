using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MedCoding.Samples.Tests;

/// <summary>
/// The web sample as a service would run: body limits that hold for chunked bodies (413), 415 for content that is not
/// JSON, a request timeout (504), a rate limit (429), problem details for each, and no stack trace in the log for any.
/// </summary>
public sealed class ServiceLimitsTests(LimitedWebApiFixture web) : IClassFixture<LimitedWebApiFixture>
{
    [Fact]
    public async Task Limits_BadRequests_ProblemDetailsAndNoStackTraceLogged()
    {
        // One test, in order: the rate limit counts every request of this class (20 a minute), so the last step spends it.

        // 1. A chunked body over the limit: no Content-Length, so only Kestrel's count while reading can stop it.
        var (status, body) = await ChunkedBodyAsync(LimitedWebApiFixture.MaxBodyBytes * 4);
        status.Should().Be(413, body);
        body.Should().Contain("application/problem+json").And.Contain("\"status\":413");

        // 2. A Content-Length over the limit is refused before the body is read.
        using (var response = await PostAsync("claims/scrub", new string(' ', LimitedWebApiFixture.MaxBodyBytes + 1) + "{}", "application/json"))
        {
            await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        }

        // 3. Content that is not JSON, on every endpoint that takes a body.
        foreach (var url in new[] { "claims/scrub", "audit", "drg/whatif" })
        {
            using var response = await PostAsync(url, "<claim/>", "application/xml");
            await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        }

        // 4. Malformed JSON: 400, an expected error.
        using (var response = await PostAsync("claims/scrub", "{\"type\":", "application/json"))
        {
            await ProblemAsync(response, HttpStatusCode.BadRequest);
        }

        // 5. A body that trickles in slower than the request timeout (2 s): 504.
        (await SlowBodyStatusAsync()).Should().Be(504);

        // 6. A route that does not exist: problem details too.
        using (var response = await web.Client.GetAsync(new Uri("no/such/route", UriKind.Relative)))
        {
            await ProblemAsync(response, HttpStatusCode.NotFound);
        }

        // 7. The rate limit: past 20 requests in the window, 429 with Retry-After.
        HttpStatusCode last = HttpStatusCode.OK;
        for (var i = 0; i < LimitedWebApiFixture.PermitLimit + 1 && last != HttpStatusCode.TooManyRequests; i++)
        {
            using var response = await web.Client.GetAsync(new Uri("codes/icd10cm/E11.65", UriKind.Relative));
            last = response.StatusCode;
            if (last == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter.Should().NotBeNull();
                await ProblemAsync(response, HttpStatusCode.TooManyRequests);
            }
        }

        last.Should().Be(HttpStatusCode.TooManyRequests);
        using (var health = await web.Client.GetAsync(new Uri("health", UriKind.Relative)))
        {
            health.StatusCode.Should().Be(HttpStatusCode.OK, "the health check is not rate limited");
        }

        // Expected errors are answered, not logged with a stack trace.
        await Task.Delay(500);
        web.Output.Should().NotContain("   at ").And.NotContain("Exception", "the log: {0}", web.Output);
    }

    /// <summary>
    /// Sends a chunked body of <paramref name="size"/> bytes while reading the answer, as curl does (the server answers
    /// 413 and closes once the limit is passed, before the client has sent it all); returns the status and the raw answer.
    /// </summary>
    private async Task<(int Status, string Answer)> ChunkedBodyAsync(int size)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(web.Client.BaseAddress!.Host, web.Client.BaseAddress.Port);
        var stream = client.GetStream();
        var head = $"POST /claims/scrub HTTP/1.1\r\nHost: {web.Client.BaseAddress.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var reading = ReadAnswerAsync(stream, timeout.Token);
        var chunk = Encoding.ASCII.GetBytes($"2000\r\n{new string(' ', 0x2000)}\r\n");
        try
        {
            for (var sent = 0; sent < size && !reading.IsCompleted; sent += 0x2000)
            {
                await stream.WriteAsync(chunk, timeout.Token);
            }

            await stream.WriteAsync(Encoding.ASCII.GetBytes("0\r\n\r\n"), timeout.Token);
        }
        catch (IOException)
        {
            // The server answered and closed: expected once the limit is passed.
        }

        var answer = await reading;
        return (int.Parse(answer.Split("\r\n")[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), answer);
    }

    private static async Task<string> ReadAnswerAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (IOException) when (answer.Length > 0)
        {
            // Closed after the answer.
        }

        return answer.ToString();
    }

    /// <summary>Sends a claim's headers and the first bytes of its body, then waits: the request timeout must answer.</summary>
    private async Task<int> SlowBodyStatusAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(web.Client.BaseAddress!.Host, web.Client.BaseAddress.Port);
        var stream = client.GetStream();
        var head = $"POST /claims/scrub HTTP/1.1\r\nHost: {web.Client.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"type\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var statusLine = Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<HttpResponseMessage> PostAsync(string url, string body, string mediaType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return web.Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("status").GetInt32().Should().Be((int)expected);
        body.Should().NotContain("   at ", "no stack trace in an answer");
    }
}
