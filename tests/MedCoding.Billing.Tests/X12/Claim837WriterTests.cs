using MedCoding.Billing.X12;
using MedCoding.Billing.X12.IO;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Billing.Tests.X12;

public class Claim837WriterTests
{
    private static readonly DateTimeOffset s_at = new(2025, 11, 5, 14, 30, 0, TimeSpan.Zero);

    private static X12InterchangeOptions Options => new()
    {
        SenderId = "VFM001",
        ReceiverId = "CLEARHOUSE",
        SubmitterName = "VALLEY FAMILY MEDICINE",
        SubmitterContactName = "BILLING OFFICE",
        SubmitterPhone = "2175550100",
        ReceiverName = "ACME CLEARINGHOUSE",
    };

    [Fact]
    public void Write_Professional_WritesEverySegmentOfThe837P()
    {
        var x12 = Claim837Writer.Write(Samples.Professional, Options, s_at);

        x12.Should().Be("""
            ISA*00*          *00*          *ZZ*VFM001         *ZZ*CLEARHOUSE     *251105*1430*^*00501*000000001*0*P*:~
            GS*HC*VFM001*CLEARHOUSE*20251105*1430*1*X*005010X222A1~
            ST*837*0001*005010X222A1~
            BHT*0019*00*0000000010001*20251105*1430*CH~
            NM1*41*2*VALLEY FAMILY MEDICINE*****46*VFM001~
            PER*IC*BILLING OFFICE*TE*2175550100~
            NM1*40*2*ACME CLEARINGHOUSE*****46*CLEARHOUSE~
            HL*1**20*1~
            PRV*BI*PXC*261QP2300X~
            NM1*85*2*VALLEY FAMILY MEDICINE*****XX*1234567893~
            N3*100 MAIN ST~
            N4*SPRINGFIELD*IL*627011234~
            REF*EI*371234567~
            HL*2*1*22*0~
            SBR*P*18*GRP01******CI~
            NM1*IL*1*DOE*JANE****MI*XYZ123456789~
            N3*5 ELM ST~
            N4*SPRINGFIELD*IL*62704~
            DMG*D8*19500201*F~
            NM1*PR*2*ACME HEALTH PLAN*****PI*ACME1~
            CLM*PCN-0001*162.5***11:B:1*Y*A*Y*Y~
            HI*ABK:E1165*ABF:I10~
            NM1*82*1*WELBY*MARCUS****XX*1111111112~
            PRV*PE*PXC*207Q00000X~
            LX*1~
            SV1*HC:99214:25*150*UN*1***1:2~
            DTP*472*D8*20251103~
            LX*2~
            SV1*HC:36415*12.5*UN*1***1~
            DTP*472*D8*20251103~
            SE*29*0001~
            GE*1*1~
            IEA*1*000000001~

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_Institutional_WritesEverySegmentOfThe837I()
    {
        var x12 = Claim837Writer.Write(Samples.Institutional, Options, s_at);

        x12.Should().Be("""
            ISA*00*          *00*          *ZZ*VFM001         *ZZ*CLEARHOUSE     *251105*1430*^*00501*000000001*0*P*:~
            GS*HC*VFM001*CLEARHOUSE*20251105*1430*1*X*005010X223A2~
            ST*837*0001*005010X223A2~
            BHT*0019*00*0000000010001*20251105*1430*CH~
            NM1*41*2*VALLEY FAMILY MEDICINE*****46*VFM001~
            PER*IC*BILLING OFFICE*TE*2175550100~
            NM1*40*2*ACME CLEARINGHOUSE*****46*CLEARHOUSE~
            HL*1**20*1~
            NM1*85*2*SPRINGFIELD GENERAL HOSPITAL*****XX*9876543213~
            N3*1 HOSPITAL DR*SUITE 2~
            N4*SPRINGFIELD*IL*627019999~
            REF*EI*379876543~
            HL*2*1*22*0~
            SBR*P*18*GRP01******CI~
            NM1*IL*1*DOE*JANE****MI*XYZ123456789~
            N3*5 ELM ST~
            N4*SPRINGFIELD*IL*62704~
            DMG*D8*19500201*F~
            NM1*PR*2*ACME HEALTH PLAN*****PI*ACME1~
            CLM*PCN-0002*12500.25***11:A:1**A*Y*Y~
            DTP*434*RD8*20251101-20251103~
            DTP*435*DT*202511010800~
            CL1*1*7*01~
            HI*ABK:K3580:::::::Y~
            HI*ABJ:R109~
            HI*ABF:E1165:::::::Y*ABF:I10:::::::N~
            HI*BBR:0DTJ4ZZ:D8:20251101~
            HI*BBQ:0DJ08ZZ:D8:20251101~
            NM1*71*1*WELBY*MARCUS****XX*1111111112~
            PRV*AT*PXC*207Q00000X~
            LX*1~
            SV2*0450*HC:99284:25*3000*UN*1~
            DTP*472*D8*20251101~
            LX*2~
            SV2*0360*HC:44970*9500.25*UN*1~
            DTP*472*D8*20251101~
            SE*35*0001~
            GE*1*1~
            IEA*1*000000001~

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_InstitutionalBuiltWithAStay_IsTheSame837IAsOneThatTookItFromTheDetails()
    {
        // The 837I is written from the institutional details (DTP*434, DTP*435, CL1-03, HI*ABJ), which the stay agrees with.
        var withStay = Samples.InstitutionalWith(Samples.InpatientContent(Samples.InpatientStay), Samples.Inpatient);

        var x12 = Claim837Writer.Write(withStay, Options, s_at);

        withStay.Claim.Stay.Should().Be(Samples.InpatientStay);
        x12.Should().Be(Claim837Writer.Write(Samples.Institutional, Options, s_at));
        Lines(x12).Should().Contain(["DTP*434*RD8*20251101-20251103~", "DTP*435*DT*202511010800~", "CL1*1*7*01~", "HI*ABJ:R109~"]);
    }

    [Fact]
    public void Write_DependentPatient_AddsThePatientLevelUnderTheSubscriber()
    {
        var lines = Lines(Claim837Writer.Write(Samples.ProfessionalForDependent, Options, s_at));

        var from = lines.IndexOf("HL*2*1*22*1~");
        lines.Skip(from).Take(13).Should().Equal(
            "HL*2*1*22*1~",
            "SBR*P**GRP01******CI~",
            "NM1*IL*1*DOE*JANE****MI*XYZ123456789~",
            "N3*5 ELM ST~",
            "N4*SPRINGFIELD*IL*62704~",
            "DMG*D8*19500201*F~",
            "NM1*PR*2*ACME HEALTH PLAN*****PI*ACME1~",
            "HL*3*2*23*0~",
            "PAT*19~",
            "NM1*QC*1*DOE*JOHNNY~",
            "N3*5 ELM ST~",
            "N4*SPRINGFIELD*IL*62704~",
            "DMG*D8*20150630*M~");
        lines[from + 13].Should().StartWith("CLM*PCN-0001*");
        lines.Should().Contain("SE*35*0001~", "HL, PAT, NM1, N3, N4 and DMG: six more segments than for the subscriber as patient");
    }

    [Theory]
    [InlineData(PatientRelationship.Spouse, "01")]
    [InlineData(PatientRelationship.Child, "19")]
    [InlineData(PatientRelationship.Other, "G8")] // The one code that is not a number.
    public void Write_DependentRelationship_WritesPAT01(PatientRelationship relationship, string code)
    {
        var p = Samples.ProfessionalForDependent;
        var claim = new BillingClaim(p.Id, p.Claim, p.Payer, p.Subscriber, p.BillingProvider, dependent: Samples.Child with { Relationship = relationship });

        Lines(Claim837Writer.Write(claim, Options, s_at)).Should().Contain($"PAT*{code}~");
    }

    [Fact]
    public void Write_DependentWithoutAnyAddress_Throws()
    {
        var p = Samples.ProfessionalForDependent;
        var claim = new BillingClaim(p.Id, p.Claim, p.Payer, p.Subscriber with { Address = null }, p.BillingProvider, dependent: Samples.Child);

        var act = () => Claim837Writer.Write(claim, Options, s_at);

        act.Should().Throw<X12WriteException>().Which.Field.Should().Be("dependent.address");
    }

    [Fact]
    public void Write_MixedClaims_OneGroupPerTypeWithCountsAndControlNumbers()
    {
        var options = Options;
        options.InterchangeControlNumber = 42;
        options.GroupControlNumber = 7;

        var x12 = Claim837Writer.Write([Samples.Professional, Samples.Institutional, Samples.Professional], options, s_at);

        var envelope = Lines(x12).Where(l => l.Split('*')[0] is "ISA" or "GS" or "ST" or "SE" or "GE" or "IEA").Select(l => l.Split('*')[0] == "ISA" ? l[^16..] : l);
        envelope.Should().Equal(
            "000000042*0*P*:~",
            "GS*HC*VFM001*CLEARHOUSE*20251105*1430*7*X*005010X222A1~",
            "ST*837*0001*005010X222A1~",
            "SE*29*0001~",
            "ST*837*0002*005010X222A1~",
            "SE*29*0002~",
            "GE*2*7~",
            "GS*HC*VFM001*CLEARHOUSE*20251105*1430*8*X*005010X223A2~",
            "ST*837*0003*005010X223A2~",
            "SE*35*0003~",
            "GE*1*8~",
            "IEA*2*000000042~");
    }

    [Fact]
    public void Write_AnyClaim_SegmentCountsAndHierarchyCheckOut()
    {
        var x12 = Claim837Writer.Write([Samples.Professional, Samples.Institutional], Options, s_at);
        var segments = SegmentReader.Read(x12);

        segments[0].Id.Should().Be("ISA");
        x12.Split('\n')[0].Should().HaveLength(106);
        var st = -1;
        var hl = new List<(string Id, string Parent, string Level, string Children)>();
        foreach (var segment in segments)
        {
            switch (segment.Id)
            {
                case "ST":
                    st = segment.Index;
                    hl.Clear();
                    break;
                case "HL":
                    hl.Add((segment[1], segment[2], segment[3], segment[4]));
                    break;
                case "SE":
                    int.Parse(segment[1]).Should().Be(segment.Index - st + 1);
                    hl.Should().Equal(("1", "", "20", "1"), ("2", "1", "22", "0"));
                    break;
            }
        }
    }

    [Theory]
    [InlineData(ClaimFrequency.Replacement, "7")]
    [InlineData(ClaimFrequency.Void, "8")]
    public void Write_ReplacementOrVoid_WritesFrequencyAndPayerClaimNumber(ClaimFrequency frequency, string code)
    {
        var p = Samples.Professional;
        var claim = new BillingClaim(p.Id, p.Claim, p.Payer, p.Subscriber, p.BillingProvider, p.RenderingProvider, frequency, "PAYER-ICN-1");

        var lines = Lines(Claim837Writer.Write(claim, Options, s_at));

        lines.Should().Contain($"CLM*PCN-0001*162.5***11:B:{code}*Y*A*Y*Y~");
        lines.SkipWhile(l => !l.StartsWith("CLM", StringComparison.Ordinal)).Skip(1).First().Should().Be("REF*F8*PAYER-ICN-1~");
    }

    [Fact]
    public void Write_LineWithItsOwnPlaceOfService_WritesSV105()
    {
        var p = Samples.Professional;
        var lines = p.Claim.Lines.Select((l, i) => i == 1 ? new ServiceLine(l.Code, l.Modifiers, l.Units, l.DiagnosisPointers, l.DateOfService, "81", l.Charge) : l).ToArray();
        var claim = new BillingClaim(p.Id, new Claim(ClaimType.Professional, p.Claim.DateOfService, p.Claim.Patient, p.Claim.Diagnoses, null, lines), p.Payer, p.Subscriber, p.BillingProvider);

        var x12 = Lines(Claim837Writer.Write(claim, Options, s_at));

        x12.Should().Contain("SV1*HC:36415*12.5*UN*1*81**1~");
        x12.Should().NotContain(l => l.StartsWith("NM1*82", StringComparison.Ordinal), "no rendering provider was given");
    }

    [Fact]
    public void Write_TestAndAcknowledgment_SetISA14AndISA15()
    {
        var options = Options;
        options.IsTest = true;
        options.AcknowledgmentRequested = true;

        Lines(Claim837Writer.Write(Samples.Professional, options, s_at))[0].Should().EndWith("*000000001*1*T*:~");
    }

    [Fact]
    public void Write_WithoutLineBreaks_IsOneLine()
    {
        var options = Options;
        options.LineBreakAfterSegment = false;

        var x12 = Claim837Writer.Write(Samples.Professional, options, s_at);

        x12.Should().NotContain("\n").And.EndWith("IEA*1*000000001~");
    }

    [Fact]
    public void Write_InstitutionalWithoutAdmissionHourOrAdmittingDiagnosis_WritesD8AndNoABJ()
    {
        var i = Samples.Institutional;
        var details = new InstitutionalDetails("13", i.Institutional!.StatementFrom, i.Institutional.StatementThrough, "01", i.Institutional.RevenueCodes, admissionDate: new DateOnly(2025, 11, 1));
        // The sample's claim carries the stay of its own details (admitting diagnosis R10.9): these details report
        // none, so the claim is built without a stay and takes theirs.
        var content = new Claim(ClaimType.Institutional, i.Claim.DateOfService, i.Claim.Patient, i.Claim.Diagnoses, i.Claim.Procedures, i.Claim.Lines);
        var claim = new BillingClaim(i.Id, content, i.Payer, i.Subscriber, i.BillingProvider, institutional: details);

        var x12 = Lines(Claim837Writer.Write(claim, Options, s_at));

        x12.Should().Contain("DTP*435*D8*20251101~").And.Contain("CL1***01~").And.Contain("CLM*PCN-0002*12500.25***13:A:1**A*Y*Y~");
        x12.Should().NotContain(l => l.StartsWith("HI*ABJ", StringComparison.Ordinal) || l.StartsWith("NM1*71", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_InstitutionalWithManyDiagnosesAndProcedures_SplitsHIAtTwelve()
    {
        var i = Samples.Institutional;
        var diagnoses = Enumerable.Range(0, 20).Select(n => new ClaimDiagnosis($"E11.{n:00}", PresentOnAdmission.Yes)).ToArray();
        var procedures = Enumerable.Range(0, 15).Select(n => new ClaimProcedure($"0DTJ4Z{(char)('A' + n)}", new DateOnly(2025, 11, 1))).ToArray();
        var claim = new BillingClaim(i.Id, new Claim(ClaimType.Institutional, i.Claim.DateOfService, i.Claim.Patient, diagnoses, procedures, i.Claim.Lines), i.Payer, i.Subscriber, i.BillingProvider, institutional: i.Institutional);

        var hi = Lines(Claim837Writer.Write(claim, Options, s_at)).Where(l => l.StartsWith("HI*", StringComparison.Ordinal)).ToList();

        hi.Select(l => l.Split('*').Length - 1).Should().Equal(1, 1, 12, 7, 1, 12, 2); // ABK, ABJ, 19 ABF, BBR, 14 BBQ.
        hi[2].Should().StartWith("HI*ABF:E1101:::::::Y*");
        hi[5].Should().StartWith("HI*BBQ:0DTJ4ZB:D8:20251101*");
    }

    [Fact]
    public void Write_NameWithADelimiter_ThrowsNamingTheElementNotTheValue()
    {
        var p = Samples.Professional;
        var subscriber = p.Subscriber with { LastName = "O*NEIL" };
        var claim = new BillingClaim(p.Id, p.Claim, p.Payer, subscriber, p.BillingProvider);

        var act = () => Claim837Writer.Write(claim, Options, s_at);

        var error = act.Should().Throw<X12WriteException>().Which;
        error.Field.Should().Be("2010BA NM1-03");
        error.Message.Should().NotContain("NEIL");
    }

    [Theory]
    [InlineData(new[] { 3 }, "a pointer does not point to a diagnosis of the claim.")] // Only two diagnoses.
    [InlineData(new[] { 0 }, "a pointer does not point to a diagnosis of the claim.")] // Pointers are 1-based.
    [InlineData(new int[0], "a professional line points to 1 to 4 diagnoses.")] // SV107-1 is required.
    [InlineData(new[] { 1, 2, 1, 2, 1 }, "a professional line points to 1 to 4 diagnoses.")] // Four at most.
    public void Write_BadDiagnosisPointers_ThrowsNamingTheLine(int[] pointers, string problem)
    {
        var claim = WithFirstLine(l => new ServiceLine(l.Code, l.Modifiers, l.Units, pointers, l.DateOfService, l.PlaceOfService, l.Charge));

        var act = () => Claim837Writer.Write(claim, Options, s_at);

        var error = act.Should().Throw<X12WriteException>().Which;
        error.Field.Should().Be("lines[0].diagnosisPointers");
        error.Problem.Should().Be(problem);
    }

    [Fact]
    public void Write_UndefinedPoaValue_ThrowsNamingTheDiagnosis()
    {
        var i = Samples.Institutional;
        var claim = new Claim(ClaimType.Institutional, i.Claim.DateOfService, i.Claim.Patient, [i.Claim.Diagnoses[0], new ClaimDiagnosis("I10", (PresentOnAdmission)42)], i.Claim.Procedures, i.Claim.Lines);
        var billing = new BillingClaim(i.Id, claim, i.Payer, i.Subscriber, i.BillingProvider, institutional: i.Institutional);

        var act = () => Claim837Writer.Write(billing, Options, s_at);

        var error = act.Should().Throw<X12WriteException>().Which;
        error.Field.Should().Be("diagnoses[1].poa");
        error.Message.Should().NotContain("42");
    }

    [Fact]
    public void Write_LineWithoutCharge_Throws()
    {
        var claim = WithFirstLine(l => new ServiceLine(l.Code, l.Modifiers, l.Units, l.DiagnosisPointers, l.DateOfService, l.PlaceOfService, null));

        var act = () => Claim837Writer.Write(claim, Options, s_at);

        act.Should().Throw<X12WriteException>().Which.Field.Should().Be("lines[0].charge");
    }

    [Fact]
    public void Write_ProfessionalWithThirteenDiagnoses_Throws()
    {
        var p = Samples.Professional;
        var diagnoses = Enumerable.Range(0, 13).Select(n => new ClaimDiagnosis($"E11.{n:00}")).ToArray();
        var claim = new BillingClaim(p.Id, new Claim(ClaimType.Professional, p.Claim.DateOfService, p.Claim.Patient, diagnoses, null, p.Claim.Lines), p.Payer, p.Subscriber, p.BillingProvider);

        var act = () => Claim837Writer.Write(claim, Options, s_at);

        act.Should().Throw<X12WriteException>().Which.Field.Should().Be("diagnoses");
    }

    [Fact]
    public void Write_ProfessionalWith51Lines_Throws()
    {
        var p = Samples.Professional;
        var lines = Enumerable.Repeat(p.Claim.Lines[0], 51).ToArray();
        var claim = new BillingClaim(p.Id, new Claim(ClaimType.Professional, p.Claim.DateOfService, p.Claim.Patient, p.Claim.Diagnoses, null, lines), p.Payer, p.Subscriber, p.BillingProvider);

        var act = () => Claim837Writer.Write(claim, Options, s_at);

        act.Should().Throw<X12WriteException>().Which.Problem.Should().Be("a professional claim has at most 50 service lines.");
    }

    [Fact]
    public void Write_NoLinesOrNoDiagnoses_Throws()
    {
        var p = Samples.Professional;
        var noLines = new BillingClaim(p.Id, new Claim(ClaimType.Professional, p.Claim.DateOfService, p.Claim.Patient, p.Claim.Diagnoses), p.Payer, p.Subscriber, p.BillingProvider);
        var noDiagnoses = new BillingClaim(p.Id, new Claim(ClaimType.Professional, p.Claim.DateOfService, p.Claim.Patient, [], null, p.Claim.Lines), p.Payer, p.Subscriber, p.BillingProvider);

        ((Action)(() => Claim837Writer.Write(noLines, Options, s_at))).Should().Throw<X12WriteException>().Which.Field.Should().Be("lines");
        ((Action)(() => Claim837Writer.Write(noDiagnoses, Options, s_at))).Should().Throw<X12WriteException>().Which.Field.Should().Be("diagnoses");
    }

    [Fact]
    public void Write_BillingProviderWithFiveDigitZip_Throws()
    {
        var p = Samples.Professional;
        var provider = p.BillingProvider with { Address = p.BillingProvider.Address! with { PostalCode = "62701" } };
        var claim = new BillingClaim(p.Id, p.Claim, p.Payer, p.Subscriber, provider);

        var act = () => Claim837Writer.Write(claim, Options, s_at);

        act.Should().Throw<X12WriteException>().Which.Field.Should().Be("2010AA N4-03");
    }

    [Fact]
    public void Write_SenderIdOver15_Throws()
    {
        var options = Options;
        options.SenderId = new string('S', 16);

        var act = () => Claim837Writer.Write(Samples.Professional, options, s_at);

        act.Should().Throw<X12WriteException>().Which.Field.Should().Be("ISA06");
    }

    [Fact]
    public void Write_MissingSubmitterPhone_Throws()
    {
        var options = Options;
        options.SubmitterPhone = "";

        var act = () => Claim837Writer.Write(Samples.Professional, options, s_at);

        act.Should().Throw<X12WriteException>().Which.Field.Should().Be("1000A PER-04");
    }

    [Fact]
    public void Options_Defaults_AreDocumented()
    {
        var options = new X12InterchangeOptions();

        options.SenderQualifier.Should().Be("ZZ");
        options.ReceiverQualifier.Should().Be("ZZ");
        options.InterchangeControlNumber.Should().Be(1);
        options.GroupControlNumber.Should().Be(1);
        options.IsTest.Should().BeFalse();
        options.AcknowledgmentRequested.Should().BeFalse();
        options.LineBreakAfterSegment.Should().BeTrue();
    }

    private static BillingClaim WithFirstLine(Func<ServiceLine, ServiceLine> change)
    {
        var p = Samples.Professional;
        var lines = p.Claim.Lines.Select((l, i) => i == 0 ? change(l) : l).ToArray();
        return new BillingClaim(p.Id, new Claim(ClaimType.Professional, p.Claim.DateOfService, p.Claim.Patient, p.Claim.Diagnoses, null, lines), p.Payer, p.Subscriber, p.BillingProvider);
    }

    private static List<string> Lines(string x12) => x12.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
