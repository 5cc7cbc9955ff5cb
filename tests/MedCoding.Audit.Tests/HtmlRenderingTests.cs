using System.Diagnostics;

namespace MedCoding.Audit.Tests;

/// <summary>Renders the HTML report with headless Chromium (Debian's <c>chromium</c>, which .ci/run installs) to a PNG.</summary>
[Collection(AuditCollection.Name)]
public class HtmlRenderingTests(AuditFixture fixture)
{
    [Fact]
    public void WriteHtml_RenderedByHeadlessChromium_ToAPngOfNonTrivialSize()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Headless Chromium is needed to render the audit report: apt-get install chromium (.ci/run does).");
        var folder = Directory.CreateTempSubdirectory("medcoding-audit-");
        try
        {
            var html = Path.Combine(folder.FullName, "audit.html");
            var png = Path.Combine(folder.FullName, "audit.png");
            var batch = new CodingAuditor(fixture.Grouper, RelativeWeightTableTests.SyntheticTable(), 6000m).AuditBatch(BatchAuditTests.Pairs);
            using (var writer = new StreamWriter(html))
            {
                AuditReport.WriteHtml(batch, writer);
            }

            using var process = Process.Start(new ProcessStartInfo(chromium)
            {
                ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", "--window-size=1000,1400", $"--screenshot={png}", new Uri(html).AbsoluteUri },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEndAsync();
            process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("Chromium renders a page of a few KB in well under two minutes");

            File.Exists(png).Should().BeTrue();
            var bytes = File.ReadAllBytes(png);
            bytes.AsSpan(0, 8).ToArray().Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
            bytes.Length.Should().BeGreaterThan(20_000, "a rendered report with tables and two charts, not a blank page");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
