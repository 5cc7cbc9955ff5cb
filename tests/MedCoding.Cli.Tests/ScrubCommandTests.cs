using System.Text.Json;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

public sealed class ScrubCommandTests
{
    private const string CleanClaim = """
        {"type":"professional","dateOfService":"2025-11-03",
         "patient":{"birthDate":"1950-02-01","sex":"F"},
         "diagnoses":[{"code":"E11.65"},{"code":"I10"}],
         "lines":[{"code":"99214","modifiers":["25"],"units":1,"diagnosisPointers":[1,2],"dateOfService":"2025-11-03","placeOfService":"11","charge":150.00}]}
        """;

    [Fact]
    public void Scrub_CleanClaim_ExitsZero()
    {
        var (exit, stdout, _) = Run(CleanClaim, "--data", OfficialData.Path("icd10cm", "2026"));
        exit.Should().Be(0);
        stdout.Trim().Should().Be("No findings.");
    }

    [Fact]
    public void Scrub_HeaderCode_PrintsOneJsonObjectPerFindingAndExitsOne()
    {
        var claim = CleanClaim.Replace("\"E11.65\"", "\"E11.6\"", StringComparison.Ordinal).Replace("[1,2]", "[1,3]", StringComparison.Ordinal);
        var (exit, stdout, _) = Run(claim, "--json", "--data", OfficialData.Path("icd10cm", "2026"));
        exit.Should().Be(1);
        var findings = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        findings.Select(f => f.GetProperty("rule").GetString()).Should().Equal("DX_NOT_BILLABLE", "DX_POINTER_INVALID");
        findings[0].GetProperty("severity").GetString().Should().Be("error");
        findings[0].GetProperty("target").GetString().Should().Be("diagnoses[0]");
        findings[0].GetProperty("message").GetString().Should().StartWith("E11.6 is a header, not a billable code");
        findings[0].GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).Should().Contain("E11.65");
        stdout.Should().NotContain("1950-02-01");
    }

    [Fact]
    public void Scrub_WithPtpFile_ReportsTheBundledLine()
    {
        var claim = CleanClaim.Replace("\"lines\":[", "\"lines\":[{\"code\":\"93000\",\"diagnosisPointers\":[2]},{\"code\":\"93010\",\"diagnosisPointers\":[2]},", StringComparison.Ordinal);
        var ptp = Path.Combine(AppContext.BaseDirectory, "ptp.txt");
        File.WriteAllText(ptp, "SYNTHETIC: not CMS data\n93000\t93010\t\t20020101\t*\t0\tStandards of medical / surgical practice\n");
        var (exit, stdout, _) = Run(claim, "--ptp", ptp);
        exit.Should().Be(1);
        stdout.Should().Contain("PTP_BUNDLED").And.Contain("lines[1]");
    }

    [Fact]
    public void Scrub_MalformedClaim_NamesTheFieldAndExitsTwo()
    {
        var (exit, _, stderr) = Run(CleanClaim.Replace("\"units\":1", "\"units\":\"one\"", StringComparison.Ordinal));
        exit.Should().Be(2);
        stderr.Should().Contain("lines[0].units");
    }

    [Fact]
    public void Scrub_InpatientClaimWithStay_ReadsItAndNamesABadStaysField()
    {
        const string Inpatient = """
            {"type":"institutional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"M"},
             "diagnoses":[{"code":"K35.80","poa":"Y"}],"procedures":[{"code":"0DTJ4ZZ"}],
             "stay":{"admissionDate":"2025-11-03","dischargeDate":"2025-11-05","dischargeStatus":"01","admittingDiagnosis":"R10.31"}}
            """;
        var (exit, stdout, _) = Run(Inpatient);
        exit.Should().Be(0, stdout);

        string stderr;
        (exit, _, stderr) = Run(Inpatient.Replace("\"dischargeDate\":\"2025-11-05\"", "\"dischargeDate\":\"2025-11-02\"", StringComparison.Ordinal));
        exit.Should().Be(2);
        stderr.Should().Contain("stay.dischargeDate: before the admission date.").And.NotContain("2025-11-02");
    }

    [Fact]
    public void Scrub_MalformedPtpFile_NamesTheLineAndExitsTwo()
    {
        var ptp = Path.Combine(AppContext.BaseDirectory, "bad-ptp.txt");
        File.WriteAllText(ptp, "93000\t93010\t\t20020101\t*\t7\tx\n");
        var (exit, _, stderr) = Run(CleanClaim, "--ptp", ptp);
        exit.Should().Be(2);
        stderr.Should().Contain("bad-ptp.txt, line 1: The modifier indicator must be 0 (not allowed), 1 (allowed) or 9 (not applicable).");
    }

    [Fact]
    public void Scrub_SharedDataFolder_FindsTheIcd10PcsReleases()
    {
        const string Inpatient = """
            {"type":"institutional","dateOfService":"2025-11-03",
             "patient":{"birthDate":"1950-02-01","sex":"M"},
             "stay":{"admissionDate":"2025-11-03","dischargeDate":"2025-11-05","dischargeStatus":"01"},
             "diagnoses":[{"code":"K35.80","poa":"Y"}],
             "procedures":[{"code":"0DTJ4ZZ","date":"2025-11-03"}]}
            """;
        var shared = OfficialData.Root;
        var (exit, stdout, _) = Run(Inpatient, "--data", shared);
        exit.Should().Be(0, stdout);
        stdout.Trim().Should().Be("No findings.");

        (exit, stdout, _) = Run(Inpatient.Replace("0DTJ4ZZ", "0DTJ4ZX", StringComparison.Ordinal), "--data", shared);
        exit.Should().Be(1);
        stdout.Should().Contain("PROC_UNKNOWN").And.Contain("procedures[0]").And.Contain("0DTJ4ZX is not a valid ICD-10-PCS code");
    }

    [Fact]
    public void Scrub_PcsFolder_ChecksTheProceduresByFiscalYear()
    {
        const string Inpatient = """
            {"type":"institutional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"M"},
             "diagnoses":[{"code":"K35.80","poa":"Y"}],"procedures":[{"code":"0DTJ4ZX"}]}
            """;
        // The embedded FY2026 release is in force on the claim's date, with or without a folder of official files.
        Run(Inpatient).Stdout.Should().Contain("PROC_UNKNOWN");
        Run(Inpatient, "--pcs", OfficialData.Path("icd10pcs", "2026")).Stdout.Should().Contain("PROC_UNKNOWN");
        Run(Inpatient.Replace("0DTJ4ZX", "0DTJ4ZZ", StringComparison.Ordinal), "--pcs", OfficialData.Path("icd10pcs", "2025")).Stdout.Should().NotContain("PROC_UNKNOWN");
    }

    [Fact]
    public void Scrub_HcpcsFolder_ReportsACodeTerminatedBeforeTheDateOfService()
    {
        // J9310 (rituximab) ended 2018-12-31; J9312 replaced it on 2019-01-01.
        var claim = CleanClaim.Replace("2025-11-03", "2019-03-04", StringComparison.Ordinal).Replace("\"99214\",\"modifiers\":[\"25\"]", "\"J9310\",\"modifiers\":[\"JW\"]", StringComparison.Ordinal);
        var (exit, stdout, _) = Run(claim, "--json", "--hcpcs", OfficialData.Path("hcpcs", "2019"));
        exit.Should().Be(1);
        var findings = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var finding = findings.Single(f => f.GetProperty("rule").GetString() == "PROC_UNKNOWN");
        finding.GetProperty("target").GetString().Should().Be("lines[0]");
        // 2019 is before every embedded ICD-10-CM and MCE release: the claim says so rather than look clean.
        findings.Where(f => f.GetProperty("rule").GetString() != "PROC_UNKNOWN").Select(f => f.GetProperty("rule").GetString()).Should().OnlyContain(rule => rule == "DATA_UNAVAILABLE");

        (exit, stdout, _) = Run(claim.Replace("J9310", "J9312", StringComparison.Ordinal), "--hcpcs", OfficialData.Path("hcpcs", "2019"));
        exit.Should().Be(3, "no error, but the diagnoses could not be checked on a 2019 date: " + stdout);
        stdout.Should().NotContain("PROC_UNKNOWN");
    }

    [Fact]
    public void Scrub_HcpcsFolder_KnowsItsLevelTwoModifiers()
    {
        var claim = CleanClaim.Replace("[\"25\"]", "[\"25\",\"YY\"]", StringComparison.Ordinal);
        Run(claim, "--hcpcs", OfficialData.Path("hcpcs", "2019")).Stdout.Should().Contain("MODIFIER_UNKNOWN");
        Run(claim.Replace("YY", "GT", StringComparison.Ordinal), "--hcpcs", OfficialData.Path("hcpcs", "2019")).Stdout.Should().NotContain("MODIFIER_UNKNOWN");
    }

    [Fact]
    public void Scrub_CptFile_ChecksCptCodesAgainstIt()
    {
        var cpt = Path.Combine(AppContext.BaseDirectory, "synthetic-cpt-2025.txt");
        File.WriteAllText(cpt, "# SYNTHETIC: not AMA data\n99213\tOffice visit, low\n99214\tOffice visit, moderate\n");
        Run(CleanClaim, "--cpt", cpt).Exit.Should().Be(0);
        var (exit, stdout, _) = Run(CleanClaim.Replace("99214", "99215", StringComparison.Ordinal), "--cpt", cpt);
        exit.Should().Be(1);
        stdout.Should().Contain("PROC_UNKNOWN").And.Contain("99215 is not a known CPT or HCPCS code");
        // Without the file, 99215 has the shape of a CPT code and passes.
        Run(CleanClaim.Replace("99214", "99215", StringComparison.Ordinal)).Exit.Should().Be(0);
    }

    private static (int Exit, string Stdout, string Stderr) Run(string claim, params string[] options)
    {
        var path = Path.Combine(AppContext.BaseDirectory, $"claim-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, claim);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = MedCodingCommand.Run(["scrub", path, .. options], TextReader.Null, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
