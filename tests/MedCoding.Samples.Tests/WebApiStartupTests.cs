namespace MedCoding.Samples.Tests;

public sealed class WebApiStartupTests
{
    [Fact]
    public async Task Start_MissingDataFolder_FailsAtStartUpNamingSetting()
    {
        var port = SampleProcess.FreePort();
        using var process = SampleProcess.Start(
            SampleProcess.AssemblyPath("WebApiAssembly"),
            "--urls", $"http://127.0.0.1:{port}/",
            "--MedCoding:Icd10PcsFolders:0", "/no/such/icd10pcs");

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        // The host never listens: ValidateOnStart stops it before the first request.
        exitCode.Should().NotBe(0, process.Output);
        process.Output.Should().Contain("MedCodingOptions.Icd10PcsFolders[0]: the folder '/no/such/icd10pcs' does not exist.")
            .And.NotContain("Now listening on");
    }
}
