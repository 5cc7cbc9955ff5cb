namespace MedCoding.Samples.Tests;

public sealed class ConsoleSampleTests
{
    [Fact]
    public async Task Run_EmbeddedData_LooksUpWalksAndScrubs()
    {
        using var process = SampleProcess.Start(SampleProcess.AssemblyPath("ConsoleSampleAssembly"));

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        // The sample's claim reports a header diagnosis, so it exits 1 (not clean) after printing every step.
        exitCode.Should().Be(1, process.Output);
        process.Output.Should().Contain("Release in force on 2025-11-03: ICD-10-CM FY2026 (format 1)")
            .And.Contain("E11.65: Type 2 diabetes mellitus with hyperglycemia (billable)")
            .And.Contain("under E11: Type 2 diabetes mellitus")
            .And.Contain("E11 has 10 children:")
            .And.Contain("error DX_NOT_BILLABLE diagnoses[0]");
    }
}
