using System.Text.Json;

namespace MedCoding.Cli.Tests;

public class RemitCommandTests
{
    private static readonly string s_sample = Path.Combine(AppContext.BaseDirectory, "samples", "remittance.835");

    [Fact]
    public void Run_Remit_PrintsPaymentsAndTheWorkQueue()
    {
        var (code, stdout, stderr) = ClaimCommandTests.Run(["remit", s_sample]);

        code.Should().Be(0, stderr);
        stdout.Should().StartWith("Remittance from ACME HEALTH PLAN: 225.00 by ACH on 2025-11-21, trace EFT0001234");
        stdout.Should().Contain("      CO-97 12.50  Included in another service paid (bundled)");
        stdout.Should().Contain("Work queue, coder (2):\n  PCN-0001 line 36415: CO-97 12.50  Bundling".ReplaceLineEndings());
        stdout.Should().Contain("Work queue, biller (2):");
        stdout.Should().NotContain("DOE").And.NotContain("XYZ123456789");
    }

    [Fact]
    public void Run_RemitJson_PrintsRemittancesAndWorkQueue()
    {
        var (code, stdout, _) = ClaimCommandTests.Run(["remit", s_sample, "--json"]);

        code.Should().Be(0);
        using var document = JsonDocument.Parse(stdout);
        document.RootElement.GetProperty("remittances").GetArrayLength().Should().Be(1);
        var items = document.RootElement.GetProperty("workQueue").GetProperty("items");
        items.GetArrayLength().Should().Be(4);
        items[0].GetProperty("route").GetProperty("job").GetString().Should().Be("coder");
    }

    [Fact]
    public void Run_RemitWithCarcCsv_UsesTheUserRoutes()
    {
        var csv = Path.Combine(AppContext.BaseDirectory, "samples", "routes.csv");
        var path = Path.Combine(Path.GetTempPath(), $"remit-{Guid.NewGuid():N}.835");
        File.WriteAllText(path, File.ReadAllText(s_sample).Replace("CAS*OA*18*200~", "CAS*CO*B15*200~", StringComparison.Ordinal));
        try
        {
            var (code, stdout, _) = ClaimCommandTests.Run(["remit", path, "--carc", csv]);

            code.Should().Be(0);
            stdout.Should().Contain("Work queue, coder (3):").And.Contain("CO-B15 200.00  Bundling: Qualifying primary service not paid");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_RemitMalformed_FailsNamingSegmentAndElement()
    {
        var path = Path.Combine(Path.GetTempPath(), $"remit-{Guid.NewGuid():N}.835");
        File.WriteAllText(path, File.ReadAllText(s_sample).Replace("CLP*PCN-0001*1*162.5*85*", "CLP*PCN-0001*1*162.5*8x5*", StringComparison.Ordinal));
        try
        {
            var (code, stdout, stderr) = ClaimCommandTests.Run(["remit", path]);

            code.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("is not a valid 835: segment 14 (CLP04): expected the claim payment amount as a decimal number.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_RemitBadCarcCsv_FailsNamingTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"routes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "carc,job,cause,label\n97,payer,bundling,x\n");
        try
        {
            var (code, _, stderr) = ClaimCommandTests.Run(["remit", s_sample, "--carc", path]);

            code.Should().Be(2);
            stderr.Should().Contain("line 2: job: expected coder, biller or none.");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
