using System.Reflection;
using MedCoding.Billing.Denials;
using MedCoding.Billing.Json;
using MedCoding.Billing.Lifecycle;
using MedCoding.Billing.Tests.Lifecycle;
using MedCoding.Billing.Tests.X12;
using MedCoding.Billing.X12;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Billing.Tests.Json;

public class BillingJsonTests
{
    private static readonly Remittance s_remittance = RemittanceReader.Read(RemittanceReaderTests.Sample)[0];

    // One value of every domain type (and its variants that change the JSON shape).
    public static TheoryData<string, object> Values => new()
    {
        { "npi", Samples.GroupNpi },
        { "address", Samples.Hospital.Address! },
        { "provider, person", Samples.Doctor },
        { "provider, organization", Samples.Group },
        { "actor", Samples.Coder },
        { "encounter", new Encounter("ENC-9", CareSetting.Inpatient, Samples.Doctor, Samples.Patient, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 3)) },
        { "coded service", new CodedService("99214", ["25", "GT"], 2.5m, [1, 2], Samples.Visit) },
        { "coded encounter", Samples.CodedOfficeVisit },
        { "payer settings", PayerSettings.Medicare },
        { "payer", Samples.Payer with { FilingIndicator = "MB" } },
        { "subscriber", Samples.Subscriber with { Sequence = PayerSequence.Secondary } },
        { "dependent", Samples.Child with { Address = Samples.Hospital.Address } },
        { "billing claim, dependent patient", Samples.ProfessionalForDependent },
        { "patient relationship", PatientRelationship.Other },
        { "subscriber without address", new Subscriber("M1", "ROE", "RICHARD", new DateOnly(1960, 1, 1), AdministrativeSex.Male) },
        { "institutional details", Samples.Inpatient },
        { "billing claim, professional", Samples.Professional },
        { "billing claim, institutional", Samples.Institutional },
        { "billing claim, replacement", new BillingClaim("PCN-0001", Samples.Professional.Claim, Samples.Payer, Samples.Subscriber, Samples.Group, Samples.Doctor, ClaimFrequency.Replacement, "ACME25110001") },
        { "scrub finding", Samples.FailedScrub.Findings[0] },
        { "scrub report", Samples.FailedScrub },
        { "claim transition", new ClaimTransition(ClaimStatus.Draft, ClaimStatus.Scrubbed, new DateTimeOffset(2025, 11, 5, 9, 0, 0, TimeSpan.FromHours(-5)), Samples.Scrubber, "note", Samples.FailedScrub) },
        { "claim lifecycle", ClaimLifecycleTests.Reach(ClaimStatus.Closed, new FakeClock(new DateTimeOffset(2025, 11, 5, 9, 0, 0, TimeSpan.FromHours(-5)))) },
        { "adjustment", new Adjustment(AdjustmentGroup.PayerInitiatedReduction, "253", -1.25m, 2m) },
        { "remittance payment", s_remittance.Payment },
        { "provider adjustment", s_remittance.ProviderAdjustments[0] },
        { "provider adjustment without reference", new ProviderAdjustment("1234567893", new DateOnly(2025, 12, 31), "L6", null, -1.25m) },
        { "service payment", s_remittance.Claims[0].Services[0] },
        { "claim payment", s_remittance.Claims[1] },
        { "remittance", s_remittance },
        { "remittance summary", new RemittanceSummary(s_remittance.Payment, s_remittance.PayerName, 4, 235m, s_remittance.ProviderAdjustments, s_remittance.PayeeName, s_remittance.PayeeId, s_remittance.ProductionDate) },
        { "carc route", CarcTable.Default.Route("97") },
        { "work item", WorkQueue.From([s_remittance]).Items[0] },
        { "work queue", WorkQueue.From([s_remittance]) },
        { "claim status", ClaimStatus.PartiallyPaid },
        { "remittance claim status", RemittanceClaimStatus.ProcessedAsPrimaryForwarded },
        { "job", Job.Biller },
        { "denial cause", DenialCause.CoordinationOfBenefits },
        { "care setting", CareSetting.Emergency },
        { "actor role", ActorRole.Clearinghouse },
        { "claim frequency", ClaimFrequency.Void },
        { "severity", Severity.Warning },
        { "adjustment group", AdjustmentGroup.OtherAdjustment },
        { "payer sequence", PayerSequence.Tertiary },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Serialize_ThenDeserialize_GivesAnEqualValueAndTheSameText(string name, object value)
    {
        _ = name;
        typeof(BillingJsonTests).GetMethod(nameof(AssertRoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(value.GetType())
            .Invoke(null, [value]);
    }

    [Fact]
    public void Values_CoverEveryPublicDomainType()
    {
        var covered = Values.Select(row => row[1].GetType()).ToHashSet();
        var domain = typeof(BillingClaim).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && !t.IsSubclassOf(typeof(Exception)) && t != typeof(X12InterchangeOptions) && t != typeof(CarcTable))
            .Where(t => t.IsEnum || t.GetProperties().Length > 0 && (t.IsValueType || t.GetMethod("<Clone>$") is not null || t == typeof(ClaimLifecycle)));

        domain.Should().BeSubsetOf(covered);
    }

    [Fact]
    public void Serialize_ProfessionalClaim_IsTheDocumentedForm()
    {
        var json = BillingJson.Serialize(Samples.Professional);

        json.Should().Be(
            """
            {"id":"PCN-0001","claim":{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"E11.65"},{"code":"I10"}],"lines":[{"code":"99214","modifiers":["25"],"units":1,"diagnosisPointers":[1,2],"dateOfService":"2025-11-03","placeOfService":"11","charge":150.00},{"code":"36415","units":1,"diagnosisPointers":[1],"dateOfService":"2025-11-03","placeOfService":"11","charge":12.50}]},"payer":{"name":"ACME HEALTH PLAN","payerId":"ACME1","settings":{"timelyFilingDays":90,"appealDays":60},"filingIndicator":"CI"},"subscriber":{"memberId":"XYZ123456789","lastName":"DOE","firstName":"JANE","birthDate":"1950-02-01","sex":"F","address":{"line1":"5 ELM ST","city":"SPRINGFIELD","state":"IL","postalCode":"62704"},"groupNumber":"GRP01","sequence":"primary"},"billingProvider":{"npi":"1234567893","name":"VALLEY FAMILY MEDICINE","address":{"line1":"100 MAIN ST","city":"SPRINGFIELD","state":"IL","postalCode":"627011234"},"taxId":"371234567","taxonomy":"261QP2300X"},"renderingProvider":{"npi":"1111111112","name":"WELBY","firstName":"MARCUS","taxonomy":"207Q00000X"},"frequency":"original","encounterId":"ENC-1"}
            """);
    }

    [Fact]
    public void Deserialize_UnknownField_ThrowsNamingIt()
    {
        var act = () => BillingJson.Deserialize<Actor>("""{"id":"coder-17","role":"coder","rloe":"x"}""");

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Problem.Should().Be("unknown field.");
        error.Field.Should().Be("rloe");
    }

    [Fact]
    public void Deserialize_SexNotFMU_ThrowsNamingTheField()
    {
        var json = BillingJson.Serialize(Samples.Subscriber).Replace("\"sex\":\"F\"", "\"sex\":\"female\"", StringComparison.Ordinal);

        var error = ((Action)(() => BillingJson.Deserialize<Subscriber>(json))).Should().Throw<ClaimFormatException>().Which;

        error.Field.Should().Be("sex");
        error.Problem.Should().Be("Expected \"F\", \"M\" or \"U\".");
    }

    [Fact]
    public void Serialize_ScrubReport_WritesSeverityAsBefore()
    {
        // The one Severity (MedCoding.Claims) replaced the lifecycle's own ScrubSeverity; the wire form is unchanged.
        var json = BillingJson.Serialize(Samples.FailedScrub);

        json.Should().Be("""{"findings":[{"ruleId":"PTP_BUNDLED","severity":"error","target":"lines[1]","message":"36415 is bundled into 99214."},{"ruleId":"DX_SPECIFICITY","severity":"warning","target":"diagnoses[1]","message":"A more specific code exists."}]}""");
        BillingJson.Deserialize<ScrubReport>(json).Should().Be(Samples.FailedScrub);
    }

    [Fact]
    public void Deserialize_MissingRequiredField_Throws()
    {
        var act = () => BillingJson.Deserialize<Actor>("""{"id":"coder-17"}""");

        act.Should().Throw<ClaimFormatException>().Which.Problem.Should().StartWith("a required field is missing");
    }

    [Fact]
    public void Deserialize_EnumAsNumber_IsRejected()
    {
        var act = () => BillingJson.Deserialize<Actor>("""{"id":"coder-17","role":1}""");

        var error = act.Should().Throw<ClaimFormatException>().Which;
        error.Field.Should().Be("role");
        error.Problem.Should().StartWith("a value of the wrong shape");
    }

    [Fact]
    public void Deserialize_NpiWithBadCheckDigit_ThrowsWithoutTheValue()
    {
        var json = BillingJson.Serialize(Samples.Doctor).Replace("1111111112", "1111111113", StringComparison.Ordinal);

        var error = ((Action)(() => BillingJson.Deserialize<Provider>(json))).Should().Throw<ClaimFormatException>().Which;

        error.Field.Should().Be("npi");
        error.Message.Should().Contain("check digit").And.NotContain("1111111113");
    }

    [Fact]
    public void Deserialize_IllegalLifecycleHistory_IsRejected()
    {
        var lifecycle = ClaimLifecycleTests.Reach(ClaimStatus.Accepted, new FakeClock(DateTimeOffset.UnixEpoch));
        var json = BillingJson.Serialize(lifecycle).Replace("\"to\":\"accepted\"", "\"to\":\"paid\"", StringComparison.Ordinal);

        var act = () => BillingJson.Deserialize<ClaimLifecycle>(json);

        act.Should().Throw<ClaimFormatException>().Which.Problem.Should().StartWith("history[3] is illegal");
    }

    [Fact]
    public void Deserialize_ClaimThatBreaksADomainRule_IsRejectedWithoutPatientData()
    {
        var json = BillingJson.Serialize(Samples.Professional).Replace("\"frequency\":\"original\"", "\"frequency\":\"replacement\"", StringComparison.Ordinal);

        var error = ((Action)(() => BillingJson.Deserialize<BillingClaim>(json))).Should().Throw<ClaimFormatException>().Which;

        error.Message.Should().Contain("replaces").And.NotContain("DOE").And.NotContain("XYZ123456789");
    }

    [Fact]
    public void Deserialize_MalformedEmbeddedClaim_ThrowsTheClaimModelsError()
    {
        var json = BillingJson.Serialize(Samples.Professional).Replace("\"units\":1,\"diagnosisPointers\":[1,2]", "\"units\":\"one\",\"diagnosisPointers\":[1,2]", StringComparison.Ordinal);

        var error = ((Action)(() => BillingJson.Deserialize<BillingClaim>(json))).Should().Throw<ClaimFormatException>().Which;

        error.Field.Should().Be("lines[0].units");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"id":"x","role":"coder",}""")]
    [InlineData("null")]
    public void Deserialize_MalformedJson_Throws(string json)
    {
        var act = () => BillingJson.Deserialize<Actor>(json);

        act.Should().Throw<ClaimFormatException>();
    }

    [Fact]
    public void Serialize_NotABillingType_Throws()
    {
        var act = () => BillingJson.Serialize(new Uri("https://example.org"));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Serialize_ComputedProperties_AreNotWritten()
    {
        BillingJson.Serialize(Samples.Professional).Should().NotContain("totalCharge").And.NotContain("timelyFilingDeadline");
        BillingJson.Serialize(ClaimLifecycleTests.Reach(ClaimStatus.Paid, new FakeClock(DateTimeOffset.UnixEpoch))).Should().NotContain("\"status\"");
    }

    private static void AssertRoundTrip<T>(T value)
    {
        var json = BillingJson.Serialize(value);

        var back = BillingJson.Deserialize<T>(json);

        back.Should().Be(value);
        BillingJson.Serialize(back).Should().Be(json);
    }

    [Fact]
    public void Deserialize_DuplicateKey_IsAnErrorNamingTheField()
    {
        var json = BillingJson.Serialize(Samples.Coder).Replace("\"role\":", "\"role\":\"biller\",\"role\":", StringComparison.Ordinal);

        var error = ((Action)(() => BillingJson.Deserialize<Actor>(json))).Should().Throw<ClaimFormatException>().Which;

        error.Field.Should().Be("role");
        error.Problem.Should().StartWith("the field appears twice in one object").And.NotContain("same key");
    }

    [Fact]
    public void Deserialize_DuplicateKeyInTheEmbeddedClaim_IsAnError()
    {
        var json = BillingJson.Serialize(Samples.Professional).Replace("\"type\":\"professional\"", "\"type\":\"professional\",\"type\":\"professional\"", StringComparison.Ordinal);

        var act = () => BillingJson.Deserialize<BillingClaim>(json);

        act.Should().Throw<ClaimFormatException>().Which.Message.Should().Contain("appears twice");
    }

    [Fact]
    public void Deserialize_DomainRuleBroken_NamesTheFieldWithoutDotNetsParameterText()
    {
        // An institutional claim whose coded content is professional: the constructor refuses its institutional details.
        var json = BillingJson.Serialize(Samples.Institutional).Replace("\"type\":\"institutional\"", "\"type\":\"professional\"", StringComparison.Ordinal);

        var error = ((Action)(() => BillingJson.Deserialize<BillingClaim>(json))).Should().Throw<ClaimFormatException>().Which;

        error.Message.Should().NotContain("(Parameter").And.NotContain("System.");
    }

    [Fact]
    public void Deserialize_EndlessStream_IsRefusedAfterTheLimit()
    {
        var endless = MedCoding.Testing.HostileInput.Endless((byte)' ');

        var act = () => BillingJson.Deserialize<BillingClaim>(endless);

        act.Should().Throw<ClaimFormatException>().WithMessage("the JSON is larger than 1 MiB*");
        endless.BytesRead.Should().BeLessThanOrEqualTo(CodeSets.InputLimits.ClaimJsonBytes + (1 << 16));
    }

    [Fact]
    public void Deserialize_WrongShapeDate_NeverGivesADotNetTypeName()
    {
        var json = BillingJson.Serialize(Samples.Professional).Replace("\"dateOfService\":\"", "\"dateOfService\":[\"", StringComparison.Ordinal);

        var act = () => BillingJson.Deserialize<BillingClaim>(json);

        act.Should().Throw<ClaimFormatException>().Which.Message.Should().NotContain("System.").And.NotContain("Nullable`1");
    }
}
