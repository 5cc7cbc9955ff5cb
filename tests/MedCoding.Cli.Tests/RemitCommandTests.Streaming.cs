using System.Diagnostics;
using System.Globalization;
using MedCoding.Billing.Denials;
using MedCoding.Billing.Json;
using MedCoding.Billing.X12;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.Cli.Tests;

/// <summary><c>remit</c> reads claim by claim: its output is the same, its memory grows with the work items only.</summary>
public class RemitCommandStreamingTests(ITestOutputHelper output)
{
    private static readonly string s_sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "remittance.835"));

    [Fact]
    public void Run_RemitJsonOfThreeTransactions_IsTheSerializedRemittancesAndQueue()
    {
        // Written piece by piece, the JSON is byte for byte what serializing the whole list and queue gives.
        var text = RemittanceSamples.ThreeTransactions(s_sample);
        var remittances = RemittanceReader.Read(text);

        var run = RunWithInput(text, "remit", "-", "--json");

        run.Code.Should().Be(0, run.Stderr);
        run.Stdout.Should().Be(
            "{\"remittances\":" + BillingJson.Serialize(remittances) + ",\"workQueue\":" + BillingJson.Serialize(WorkQueue.From(remittances)) + "}" + Environment.NewLine);
    }

    [Fact]
    public void Run_RemitOfThreeTransactions_PrintsEachInOrderThenTheQueue()
    {
        var text = RemittanceSamples.ThreeTransactions(s_sample);

        var run = RunWithInput(text, "remit", "-");

        run.Code.Should().Be(0, run.Stderr);
        var lines = run.Stdout.Split(Environment.NewLine);
        lines.Where(l => l.StartsWith("Remittance from", StringComparison.Ordinal)).Should().Equal(
            "Remittance from ACME HEALTH PLAN: 225.00 by ACH on 2025-11-21, trace EFT0001234",
            "Remittance from ACME HEALTH PLAN: 225.00 by ACH on 2025-11-21, trace EFT0001234",
            "Remittance from ACME HEALTH PLAN: 225.00 by ACH on 2025-11-21, trace EFT0001234  (NOT BALANCED)");
        lines.Count(l => l.StartsWith("  Provider adjustment WO", StringComparison.Ordinal)).Should().Be(3);
        run.Stdout.Should().Contain("Work queue, coder (4):").And.Contain("Work queue, biller (4):");
    }

    [Fact]
    public void Run_RemitStandardInput_PrintsWhatTheFileGives()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "remittance.835");

        var fromFile = ClaimCommandTests.Run(["remit", path]);
        var fromInput = RunWithInput(s_sample, "remit", "-");

        fromInput.Should().Be(fromFile);
    }

    [Fact]
    public void Run_RemitMalformedStandardInputAfterTheClaims_PrintsNothing()
    {
        // The SE count is wrong: the first pass finds it after every claim; nothing has been printed by then.
        var run = RunWithInput(s_sample.Replace("SE*45*0001~", "SE*44*0001~", StringComparison.Ordinal), "remit", "-");

        run.Code.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("standard input is not a valid 835: segment 47 (SE01)");
    }

    [Fact]
    public void Tool_RemitFiftyMegabytes_PeaksAtLessThanThreeTimesTheFileSize()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The peak resident set size is read from /proc.
        }

        // The 835 of RemittanceReaderTests.Read_FiftyMegabyteRemittance_KeepsLessThanThreeTimesItsSize: the sample's claims
        // repeated to 50 MiB, 282,252 claims and as many work items. The tool runs as its own process (dotnet exec), so its
        // peak counts the runtime, the two passes over the file, the work queue and the output.
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-835-{Guid.NewGuid():N}.835");
        try
        {
            HostileInput.WriteLargeRemittance(s_sample, path);
            var size = new FileInfo(path).Length;
            foreach (var format in new[] { "text", "json" })
            {
                var (code, peak) = RunToolMeasuringPeak(format == "json" ? ["remit", path, "--json"] : ["remit", path]);

                output.WriteLine($"medcoding remit ({format}) of {size:N0} bytes: exit code {code}, peak resident set {peak:N0} bytes ({(double)peak / size:0.00}x)");
                code.Should().Be(0);
                peak.Should().BeGreaterThan(0).And.BeLessThan(3 * size, "memory grows with the work items kept, not with the file");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs the built tool, its output discarded, returning its exit code and the largest VmHWM /proc reported while it ran.</summary>
    private static (int Code, long PeakBytes) RunToolMeasuringPeak(string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "medcoding.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start medcoding.");
        var drainOut = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var drainErr = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        var status = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status";
        long peak = 0;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                // VmHWM is the peak resident set so far: the last value read before the process ends is its peak, less
                // at most what it took in its last few milliseconds.
                var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    peak = Math.Max(peak, 1024 * long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
                break; // The process ended between the check and the read.
            }

            Thread.Sleep(10);
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new TimeoutException("medcoding remit did not end.");
        }

        Task.WaitAll(drainOut, drainErr);
        return (process.ExitCode, peak);
    }

    private static (int Code, string Stdout, string Stderr) RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = MedCodingCommand.Run(args, new StringReader(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
