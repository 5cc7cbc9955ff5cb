using MedCoding.Billing.X12;

namespace MedCoding.Billing.Tests.X12;

public partial class RemittanceReaderTests
{
    internal static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "remittance.835"));

    [Fact]
    public void Read_Sample_ReadsPaymentPayerAndPayee()
    {
        var remittance = RemittanceReader.Read(Sample).Should().ContainSingle().Subject;

        remittance.Payment.Should().Be(new RemittancePayment("I", 225m, "C", "ACH", new DateOnly(2025, 11, 21), "EFT0001234", "1512345678"));
        remittance.PayerName.Should().Be("ACME HEALTH PLAN");
        remittance.PayeeName.Should().Be("VALLEY FAMILY MEDICINE");
        remittance.PayeeId.Should().Be("1234567893");
        remittance.ProductionDate.Should().Be(new DateOnly(2025, 11, 20));
        remittance.IsBalanced.Should().BeTrue();
    }

    [Fact]
    public void Read_Sample_ReadsClaimsServicesAdjustmentsAndRemarks()
    {
        var claims = RemittanceReader.Read(Sample)[0].Claims;

        claims.Select(c => (c.ClaimId, c.Status, c.ChargeAmount, c.PaidAmount)).Should().Equal(
            ("PCN-0001", RemittanceClaimStatus.ProcessedAsPrimary, 162.5m, 85m),
            ("PCN-0003", RemittanceClaimStatus.Denied, 200m, 0m),
            ("PCN-0004", RemittanceClaimStatus.ProcessedAsPrimary, 300m, 150m),
            ("PCN-0005", RemittanceClaimStatus.Denied, 200m, 0m));
        var first = claims[0];
        first.PatientResponsibility.Should().Be(20m);
        first.PayerClaimControlNumber.Should().Be("ACME25110001");
        first.FilingIndicator.Should().Be("12");
        first.FacilityCode.Should().Be("11");
        first.Adjustments.Should().BeEmpty();
        first.Services.Should().Equal(
            new ServicePayment("HC", "99214", ["25"], 150m, 85m, [new Adjustment(AdjustmentGroup.ContractualObligation, "45", 45m), new Adjustment(AdjustmentGroup.PatientResponsibility, "3", 20m)], [], units: 1, serviceDate: new DateOnly(2025, 11, 3), controlNumber: "1", allowedAmount: 105m),
            new ServicePayment("HC", "36415", [], 12.5m, 0m, [new Adjustment(AdjustmentGroup.ContractualObligation, "97", 12.5m)], ["M15"], units: 1, serviceDate: new DateOnly(2025, 11, 3), controlNumber: "2"));
        claims[1].Adjustments.Should().Equal(new Adjustment(AdjustmentGroup.ContractualObligation, "29", 200m));
        claims[1].RemarkCodes.Should().Equal("MA01");
        claims[1].Services.Should().BeEmpty();
        claims[3].Services[0].Adjustments.Should().Equal(new Adjustment(AdjustmentGroup.OtherAdjustment, "18", 200m));
    }

    [Fact]
    public void Read_Sample_ReadsProviderAdjustments()
    {
        RemittanceReader.Read(Sample)[0].ProviderAdjustments.Should().Equal(
            new ProviderAdjustment("1234567893", new DateOnly(2025, 12, 31), "WO", "ACME24090001", 10m));
    }

    [Fact]
    public void Read_Sample_KeepsNoPatientNames()
    {
        var json = MedCoding.Billing.Json.BillingJson.Serialize(RemittanceReader.Read(Sample));

        json.Should().NotContain("DOE").And.NotContain("XYZ123456789").And.NotContain("RICHARD");
    }

    [Fact]
    public void Read_CasWithSeveralReasons_ReadsEachTriple()
    {
        var text = Sample.Replace("CAS*CO*45*45~", "CAS*CO*45*40**253*5*1~", StringComparison.Ordinal);

        var service = RemittanceReader.Read(text)[0].Claims[0].Services[0];

        service.Adjustments.Should().Equal(
            new Adjustment(AdjustmentGroup.ContractualObligation, "45", 40m),
            new Adjustment(AdjustmentGroup.ContractualObligation, "253", 5m, 1m),
            new Adjustment(AdjustmentGroup.PatientResponsibility, "3", 20m));
    }

    [Fact]
    public void Read_PayerInitiatedReduction_IsReadAsPI()
    {
        var text = Sample.Replace("CAS*CO*45*50~", "CAS*PI*45*50~", StringComparison.Ordinal);

        RemittanceReader.Read(text)[0].Claims[2].Services[1].Adjustments[0].Group.Should().Be(AdjustmentGroup.PayerInitiatedReduction);
    }

    [Fact]
    public void Read_OtherDelimiters_TakesThemFromTheIsa()
    {
        var text = Sample.Replace('*', '|').Replace(':', '>').Replace("~\n", "\n", StringComparison.Ordinal);

        RemittanceReader.Read(text).Should().Equal(RemittanceReader.Read(Sample));
    }

    [Fact]
    public void Read_OneLine_IsTheSameAsOneSegmentPerLine()
    {
        RemittanceReader.Read(Sample.Replace("\n", string.Empty, StringComparison.Ordinal)).Should().Equal(RemittanceReader.Read(Sample));
    }

    [Fact]
    public void Read_TwoTransactionsInAGroup_ReturnsTwoRemittances()
    {
        var lines = Sample.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var transaction = lines.Skip(2).Take(lines.Length - 4).ToArray();
        var second = transaction.Select(l => l.StartsWith("ST", StringComparison.Ordinal) || l.StartsWith("SE", StringComparison.Ordinal) ? l.Replace("*0001", "*0002", StringComparison.Ordinal) : l);
        var text = string.Join('\n', lines.Take(2).Concat(transaction).Concat(second).Append("GE*2*777~").Append(lines[^1]));

        var remittances = RemittanceReader.Read(text);

        remittances.Should().HaveCount(2);
        remittances[1].Should().Be(remittances[0]);
    }

    // Each row breaks the sample in one place; the error must name that segment and element.
    [Theory]
    [InlineData("CLP*PCN-0001*1*162.5*85*", "CLP*PCN-0001*1*162.5*8x5*", 14, "CLP", 4)] // A payment that is not a number.
    [InlineData("CLP*PCN-0001*1*", "CLP*PCN-0001*9*", 14, "CLP", 2)] // An unknown claim status.
    [InlineData("CLP*PCN-0001*", "CLP**", 14, "CLP", 1)] // A missing patient control number.
    [InlineData("CAS*CO*45*45~", "CAS*XX*45*45~", 19, "CAS", 1)] // A group code other than CO, PR, OA, PI.
    [InlineData("CAS*CO*45*45~", "CAS*CO*45~", 19, "CAS", 3)] // A reason without an amount.
    [InlineData("CAS*CO*45*45~", "CAS*CO~", 19, "CAS", 2)] // No reason at all.
    [InlineData("CAS*CO*45*45~", "CAS*CO**45~", 19, "CAS", 2)] // An amount without a reason.
    [InlineData("SVC*HC:99214:25*150*", "SVC*HC*150*", 17, "SVC", 1)] // A procedure without its code.
    [InlineData("SVC*HC:99214:25*150*85*", "SVC*HC:99214:25*150*85.0.0*", 17, "SVC", 3)]
    [InlineData("DTM*472*20251103~\nCAS*CO*45", "DTM*472*20251332~\nCAS*CO*45", 18, "DTM", 2)] // November 32nd.
    [InlineData("*20251121~", "*2025-11-21~", 4, "BPR", 16)] // A payment date in the wrong format.
    [InlineData("BPR*I*225*C*", "BPR*I*225*X*", 4, "BPR", 3)] // Neither credit nor debit.
    [InlineData("TRN*1*EFT0001234*", "TRN*1**", 5, "TRN", 2)] // No trace number.
    [InlineData("CAS*CO*29*200~", "LQ*HE*N1~", 30, "LQ", 0)] // A remark code outside a service line.
    [InlineData("PLB*1234567893*20251231*", "PLB*1234567893*2025*", 46, "PLB", 2)]
    [InlineData("WO:ACME24090001*10~", "WO:ACME24090001*X10~", 46, "PLB", 4)]
    [InlineData("SE*45*0001~", "SE*44*0001~", 47, "SE", 1)] // The segment count is off by one.
    [InlineData("SE*45*0001~", "SE*45*0002~", 47, "SE", 2)] // The control number does not match ST02.
    [InlineData("GE*1*777~", "GE*2*777~", 48, "GE", 1)]
    [InlineData("GE*1*777~", "GE*1*778~", 48, "GE", 2)]
    [InlineData("IEA*1*000000777~", "IEA*2*000000777~", 49, "IEA", 1)]
    [InlineData("IEA*1*000000777~", "IEA*1*000000778~", 49, "IEA", 2)]
    [InlineData("ST*835*", "ST*837*", 3, "ST", 1)] // A claim, not a remittance.
    [InlineData("GS*HP*", "GS*HC*", 2, "GS", 1)]
    [InlineData("N1*PR*ACME HEALTH PLAN~", "N1*PR~", 7, "N1", 2)]
    [InlineData("LX*1~", "lx*1~", 13, "", 0)] // Segment ids are upper case.
    [InlineData("IEA*1*000000777~", "IEA*1*000000777~\nREF*EV*1~", 50, "REF", 0)] // Nothing after IEA.
    [InlineData("PLB*1234567893*20251231*WO:ACME24090001*10~", "PLB*1234567893*20251231*WO:ACME24090001*10~\nCLP*PCN-0009*1*1*1~", 47, "CLP", 0)] // Claims come before PLB.
    [InlineData("BPR*I*225*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*021000021*DA*987654321*20251121~\nTRN*1*EFT0001234*1512345678~", "DTM*405*20251120~", 13, "CLP", 0)] // No payment before the first claim.
    public void Read_Malformed_ThrowsNamingSegmentAndElement(string find, string replace, int index, string segment, int element)
    {
        Sample.Should().Contain(find);
        var text = Sample.Replace(find, replace, StringComparison.Ordinal);

        var act = () => RemittanceReader.Read(text);

        var error = act.Should().Throw<X12FormatException>().Which;
        error.SegmentIndex.Should().Be(index);
        error.SegmentId.Should().Be(segment);
        error.ElementPosition.Should().Be(element);

        error.Message.Should().StartWith($"segment {error.SegmentIndex} (");
        error.Message.Should().NotContainAny("DOE", "JANE", "XYZ123456789", "8x5", "X10", "2025-11-21", "20251332");
    }

    [Fact]
    public void Read_Truncated_ThrowsNamingTheMissingSegment()
    {
        var text = Sample[..Sample.IndexOf("SE*", StringComparison.Ordinal)];

        var error = ((Action)(() => RemittanceReader.Read(text))).Should().Throw<X12FormatException>().Which;

        error.SegmentIndex.Should().Be(47);
        error.SegmentId.Should().Be("SE");
        error.Problem.Should().Be("the file ends without its SE segment.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("GS*HP*ACME1~")]
    [InlineData("ISA*00*short~")]
    public void Read_NotAnInterchange_ThrowsAtTheIsa(string text)
    {
        var error = ((Action)(() => RemittanceReader.Read(text))).Should().Throw<X12FormatException>().Which;

        error.SegmentIndex.Should().Be(1);
        error.SegmentId.Should().Be("ISA");
    }

    [Fact]
    public void Read_IsaWithTooFewElements_Throws()
    {
        var text = "ISA*00*          *00*          *ZZ*ACME1          *ZZ*VFM001         *251120*0900*^*00501*000000777*0*P:~~~~~~~\nIEA*1*000000777~";

        var error = ((Action)(() => RemittanceReader.Read(text))).Should().Throw<X12FormatException>().Which;

        error.SegmentIndex.Should().Be(1);
    }

    [Fact]
    public void TryRead_Malformed_ReturnsTheError()
    {
        RemittanceReader.TryRead(Sample.Replace("SE*45", "SE*4", StringComparison.Ordinal), out var remittances, out var error).Should().BeFalse();

        remittances.Should().BeNull();
        error!.SegmentId.Should().Be("SE");
        RemittanceReader.TryRead(Sample, out remittances, out error).Should().BeTrue();
        remittances.Should().HaveCount(1);
    }

    [Fact]
    public void Read_RandomDamage_NeverThrowsAnythingButX12FormatException()
    {
        var random = new Random(2025);
        const string Alphabet = "*:~^0123456789ABCZ \n.-";
        for (var n = 0; n < 2000; n++)
        {
            var chars = Sample.ToCharArray();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            if (random.Next(4) == 0)
            {
                text = text[..random.Next(text.Length)];
            }

            try
            {
                RemittanceReader.Read(text);
            }
            catch (X12FormatException)
            {
                // Expected: a typed error.
            }
        }
    }
}
