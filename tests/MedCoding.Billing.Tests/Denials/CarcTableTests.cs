using MedCoding.Billing.Denials;

namespace MedCoding.Billing.Tests.Denials;

public class CarcTableTests
{
    // Every built-in route, written out: coding causes go to the coder, billing causes to the biller,
    // expected adjustments to nobody.
    public static readonly TheoryData<string, Job, DenialCause> BuiltInRoutes = new()
    {
        { "4", Job.Coder, DenialCause.MissingOrInvalidModifier },
        { "5", Job.Coder, DenialCause.InvalidCode },
        { "6", Job.Coder, DenialCause.InvalidCode },
        { "7", Job.Coder, DenialCause.InvalidCode },
        { "9", Job.Coder, DenialCause.InvalidCode },
        { "10", Job.Coder, DenialCause.InvalidCode },
        { "11", Job.Coder, DenialCause.DiagnosisInconsistentWithProcedure },
        { "50", Job.Coder, DenialCause.MedicalNecessity },
        { "97", Job.Coder, DenialCause.Bundling },
        { "146", Job.Coder, DenialCause.InvalidCode },
        { "151", Job.Coder, DenialCause.MedicalNecessity },
        { "167", Job.Coder, DenialCause.MedicalNecessity },
        { "181", Job.Coder, DenialCause.InvalidCode },
        { "182", Job.Coder, DenialCause.MissingOrInvalidModifier },
        { "231", Job.Coder, DenialCause.Bundling },
        { "234", Job.Coder, DenialCause.Bundling },
        { "236", Job.Coder, DenialCause.Bundling },
        { "15", Job.Biller, DenialCause.Authorization },
        { "16", Job.Biller, DenialCause.MissingInformation },
        { "18", Job.Biller, DenialCause.Duplicate },
        { "22", Job.Biller, DenialCause.CoordinationOfBenefits },
        { "23", Job.Biller, DenialCause.CoordinationOfBenefits },
        { "24", Job.Biller, DenialCause.Eligibility },
        { "26", Job.Biller, DenialCause.Eligibility },
        { "27", Job.Biller, DenialCause.Eligibility },
        { "29", Job.Biller, DenialCause.TimelyFiling },
        { "31", Job.Biller, DenialCause.Eligibility },
        { "96", Job.Biller, DenialCause.NotCovered },
        { "109", Job.Biller, DenialCause.Eligibility },
        { "119", Job.Biller, DenialCause.NotCovered },
        { "197", Job.Biller, DenialCause.Authorization },
        { "200", Job.Biller, DenialCause.Eligibility },
        { "204", Job.Biller, DenialCause.NotCovered },
        { "1", Job.None, DenialCause.PatientShare },
        { "2", Job.None, DenialCause.PatientShare },
        { "3", Job.None, DenialCause.PatientShare },
        { "45", Job.None, DenialCause.Contractual },
        { "253", Job.None, DenialCause.Contractual },
    };

    [Theory]
    [MemberData(nameof(BuiltInRoutes))]
    public void Route_BuiltInCode_GoesToItsJobWithALabel(string code, Job job, DenialCause cause)
    {
        var route = CarcTable.Default.Route(code);

        route.ReasonCode.Should().Be(code);
        route.Job.Should().Be(job);
        route.Cause.Should().Be(cause);
        route.Label.Should().NotBeNullOrWhiteSpace();
        route.Label.Length.Should().BeLessThan(70, "labels are short, our own words");
    }

    [Fact]
    public void Default_HasExactlyTheListedRoutes()
    {
        CarcTable.Default.Routes.Select(r => r.ReasonCode).Should().BeEquivalentTo(BuiltInRoutes.Select(row => (string)row[0]));
    }

    [Theory]
    [InlineData(DenialCause.Bundling)]
    [InlineData(DenialCause.DiagnosisInconsistentWithProcedure)]
    [InlineData(DenialCause.MissingOrInvalidModifier)]
    [InlineData(DenialCause.MedicalNecessity)]
    public void Default_EveryCodingCause_HasACarcRoutedToTheCoder(DenialCause cause)
    {
        CarcTable.Default.Routes.Should().Contain(r => r.Cause == cause).And.OnlyContain(r => r.Cause != cause || r.Job == Job.Coder);
    }

    [Theory]
    [InlineData(DenialCause.TimelyFiling)]
    [InlineData(DenialCause.Duplicate)]
    [InlineData(DenialCause.Eligibility)]
    [InlineData(DenialCause.CoordinationOfBenefits)]
    public void Default_EveryBillingCause_HasACarcRoutedToTheBiller(DenialCause cause)
    {
        CarcTable.Default.Routes.Should().Contain(r => r.Cause == cause).And.OnlyContain(r => r.Cause != cause || r.Job == Job.Biller);
    }

    [Fact]
    public void Route_UnknownCode_GoesToTheBillerUnclassified()
    {
        var route = CarcTable.Default.Route(" B7 ");

        route.Should().Be(new CarcRoute("B7", DenialCause.Unclassified, Job.Biller, "Reason code not in the routing table"));
        CarcTable.Default.GetOrNull("B7").Should().BeNull();
    }

    [Fact]
    public void WithCsv_NewAndReplacedCodes_ExtendTheTable()
    {
        var csv = """
            # Our payer mix.
            carc,job,cause,label

            242,biller,authorization,"Out of network, no referral"
            45,biller,contractual,Check the contracted rate
            B15,coder,bundling,"Qualifying service not paid, ""primary"" code missing"
            """;

        var table = CarcTable.Default.WithCsv(new StringReader(csv), "routes.csv");

        table.Route("242").Should().Be(new CarcRoute("242", DenialCause.Authorization, Job.Biller, "Out of network, no referral"));
        table.Route("45").Job.Should().Be(Job.Biller);
        table.Route("B15").Label.Should().Be("Qualifying service not paid, \"primary\" code missing");
        table.Route("97").Should().Be(CarcTable.Default.Route("97"));
        CarcTable.Default.Route("45").Job.Should().Be(Job.None, "the default table is immutable");
    }

    [Fact]
    public void WithCsvFile_ReadsTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"carc-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "carc,job,cause,label\nP1,coder,invalidCode,Our label\n");
        try
        {
            CarcTable.Default.WithCsvFile(path).Route("P1").Cause.Should().Be(DenialCause.InvalidCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("code,job\n97,coder,bundling,x", 1, "expected the header \"carc,job,cause,label\".")]
    [InlineData("", 1, "expected the header \"carc,job,cause,label\"; the file is empty.")]
    [InlineData("carc,job,cause,label\n97,coder,bundling", 2, "expected four fields: carc,job,cause,label.")]
    [InlineData("carc,job,cause,label\n97,payer,bundling,x", 2, "job: expected coder, biller or none.")]
    [InlineData("carc,job,cause,label\n# note\n97,coder,bundled,x", 3, "cause: expected one of ")]
    [InlineData("carc,job,cause,label\n97,coder,1,x", 2, "cause: expected one of ")] // Numbers are not cause names.
    [InlineData("carc,job,cause,label\n9-7,coder,bundling,x", 2, "carc: expected a reason code of 1 to 5 letters or digits.")]
    [InlineData("carc,job,cause,label\n123456,coder,bundling,x", 2, "carc: expected a reason code of 1 to 5 letters or digits.")]
    [InlineData("carc,job,cause,label\n97,coder,bundling,", 2, "label: required.")]
    [InlineData("carc,job,cause,label\n97,coder,bundling,\"open", 2, "label: a quoted label ends with a quote.")]
    public void WithCsv_Malformed_ThrowsNamingFileAndLine(string csv, int line, string problem)
    {
        var act = () => CarcTable.Default.WithCsv(new StringReader(csv), "routes.csv");

        var error = act.Should().Throw<CarcTableFormatException>().Which;
        error.FileName.Should().Be("routes.csv");
        error.Line.Should().Be(line);
        error.Problem.Should().StartWith(problem);
        error.Message.Should().StartWith($"routes.csv, line {line}: ");
    }

    [Fact]
    public void With_Routes_AddsThem()
    {
        var table = CarcTable.Default.With([new CarcRoute("P7", DenialCause.MissingInformation, Job.Biller, "Ours")]);

        table.Routes.Should().HaveCount(CarcTable.Default.Routes.Count + 1);
    }
}
