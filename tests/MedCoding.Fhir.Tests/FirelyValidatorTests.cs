using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace MedCoding.Fhir.Tests;

/// <summary>
/// Firely's own validator with our terminology service plugged in, over a Condition coded in ICD-10-CM and a Procedure
/// coded in ICD-10-PCS: the two profiles bind the code (required) to the implicit value set of the code system.
/// </summary>
public sealed class FirelyValidatorTests
{
    private const string ConditionProfile = "https://github.com/medcoding/medcoding-sdk/fhir/StructureDefinition/icd-10-cm-condition";
    private const string ProcedureProfile = "https://github.com/medcoding/medcoding-sdk/fhir/StructureDefinition/icd-10-pcs-procedure";
    private static readonly Lazy<Validator> s_validator = new(CreateValidator);

    [Theory]
    [InlineData("E11.65")] // a billable code
    [InlineData("T36.0X1A")] // a code made by a 7th character
    public void Condition_BillableCode_Passes(string code)
    {
        var outcome = Validate(Condition(code), ConditionProfile);

        outcome.Success.Should().BeTrue(outcome.ToString());
        outcome.Warnings.Should().Be(0, outcome.ToString());
    }

    [Fact]
    public void Condition_Header_IsReportedNotSelectable()
    {
        // Firely's validator allows abstract concepts in a CodeableConcept (it sends abstract=true): the header is
        // reported as a warning, not an error.
        var outcome = Validate(Condition("E11.6"), ConditionProfile);

        outcome.Warnings.Should().Be(1, outcome.ToString());
        outcome.Issue.Single(i => i.Severity == OperationOutcome.IssueSeverity.Warning).Details.Text
            .Should().StartWith("E11.6 is a header in ICD-10-CM FY2026 (not selectable): code to a billable code below it (E11.61, E11.62, E11.63, ...).");
    }

    [Theory]
    [InlineData("E11.99")] // well formed, not in ICD-10-CM
    [InlineData("E11..65")] // malformed
    public void Condition_UnknownCode_Fails(string code)
    {
        var outcome = Validate(Condition(code), ConditionProfile);

        outcome.Success.Should().BeFalse();
        outcome.ToString().Should().Contain(code);
    }

    [Fact]
    public void Procedure_BillableCode_Passes()
    {
        var outcome = Validate(Procedure("0DTJ4ZZ"), ProcedureProfile);

        outcome.Success.Should().BeTrue(outcome.ToString());
    }

    [Fact]
    public void Procedure_Table_IsReportedNotSelectable()
    {
        var outcome = Validate(Procedure("0DT"), ProcedureProfile);

        outcome.Warnings.Should().Be(1, outcome.ToString());
        outcome.ToString().Should().Contain("0DT is an ICD-10-PCS table in ICD-10-PCS FY2026 (not selectable)");
    }

    [Fact]
    public void Procedure_UnknownCode_Fails()
    {
        var outcome = Validate(Procedure("0DTJ4ZY"), ProcedureProfile);

        outcome.Success.Should().BeFalse();
        outcome.ToString().Should().Contain("0DTJ4ZY is not a code of ICD-10-PCS FY2026");
    }

    private static OperationOutcome Validate(Resource resource, string profile)
    {
        lock (s_validator)
        {
            return s_validator.Value.Validate(resource, profile);
        }
    }

    private static Condition Condition(string code) => new()
    {
        Subject = new ResourceReference { Display = "a patient" },
        Code = new CodeableConcept(FhirCodeSystems.Icd10Cm, code),
    };

    private static Procedure Procedure(string code) => new()
    {
        Status = EventStatus.Completed,
        Subject = new ResourceReference { Display = "a patient" },
        Code = new CodeableConcept(FhirCodeSystems.Icd10Pcs, code),
    };

    private static Validator CreateValidator()
    {
        var profiles = new InMemoryResourceResolver(
            Profile(ConditionProfile, "Condition", FhirCodeSystems.Icd10Cm),
            Profile(ProcedureProfile, "Procedure", FhirCodeSystems.Icd10Pcs));
        var resolver = new CachedResolver(new SnapshotSource(new MultiResolver(profiles, ZipSource.CreateValidationSource())));
        return new Validator(resolver, new ByValueSet(Terminology.Service, LocalTerminologyService.CreateDefaultForCore(resolver)));
    }

    /// <summary>
    /// Sends the implicit value sets of our code systems to our service and the rest (the core value sets such as
    /// Procedure.status's) to Firely's own local terminology service, as an application would.
    /// </summary>
    private sealed class ByValueSet(ICodeValidationTerminologyService ours, ICodeValidationTerminologyService core) : ICodeValidationTerminologyService
    {
        public System.Threading.Tasks.Task<Parameters> ValueSetValidateCode(Parameters parameters, string? id = null, bool useGet = false) =>
            Pick(parameters).ValueSetValidateCode(parameters, id, useGet);

        public System.Threading.Tasks.Task<Parameters> Subsumes(Parameters parameters, string? id = null, bool useGet = false) =>
            Pick(parameters).Subsumes(parameters, id, useGet);

        private ICodeValidationTerminologyService Pick(Parameters parameters) =>
            parameters.Get("url").FirstOrDefault()?.Value?.ToString() is { } url && FhirCodeSystems.All.Any(s => url.StartsWith(s, StringComparison.Ordinal))
                ? ours
                : core;
    }

    private static StructureDefinition Profile(string url, string type, string system) => new()
    {
        Url = url,
        Name = type + "CodedIn" + system.Split('/')[^1].Replace("-", string.Empty, StringComparison.Ordinal),
        Status = PublicationStatus.Active,
        FhirVersion = FHIRVersion.N4_0_1,
        Kind = StructureDefinition.StructureDefinitionKind.Resource,
        Abstract = false,
        Type = type,
        BaseDefinition = "http://hl7.org/fhir/StructureDefinition/" + type,
        Derivation = StructureDefinition.TypeDerivationRule.Constraint,
        Differential = new StructureDefinition.DifferentialComponent
        {
            Element =
            [
                new ElementDefinition(type) { },
                new ElementDefinition(type + ".code")
                {
                    Min = 1,
                    Binding = new ElementDefinition.ElementDefinitionBindingComponent
                    {
                        Strength = BindingStrength.Required,
                        ValueSet = system + "?fhir_vs",
                    },
                },
            ],
        },
    };
}
