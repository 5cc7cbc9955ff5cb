using MedCoding.Audit;
using MedCoding.CodeSets;
using MedCoding.Grouping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedCoding.Tests;

/// <summary>The auditor and the what-if through <c>AddMedCoding()</c>, with a relative-weights file and a base rate from the options.</summary>
public sealed class AuditRegistrationTests : IDisposable
{
    // Synthetic test data in the layout of CMS's IPPS Table 5: NOT CMS's weights.
    private const string SyntheticTable5 =
        "TABLE 5.--LIST OF MS-DRGS, RELATIVE WEIGHTING FACTORS, AND GEOMETRIC AND ARITHMETIC MEAN LENGTH OF STAY -- SYNTHETIC TEST DATA, NOT CMS'S WEIGHTS\n" +
        "MS-DRG\tFY 2026 Final Rule Post-Acute DRG\tFY 2026 Final Rule Special Pay DRG\tMDC\tTYPE\tMS-DRG Title\tWeights\tGeometric mean LOS\tArithmetic mean LOS\n" +
        "193\tYes\tNo\t04\tMED\tSIMPLE PNEUMONIA AND PLEURISY WITH MCC\t1.5000\t4.5\t5.6\n" +
        "194\tYes\tNo\t04\tMED\tSIMPLE PNEUMONIA AND PLEURISY WITH CC\t1.0000\t3.4\t4.1\n" +
        "195\tYes\tNo\t04\tMED\tSIMPLE PNEUMONIA AND PLEURISY WITHOUT CC/MCC\t0.7500\t2.7\t3.2\n";

    private readonly string _weightsFile = Path.Combine(Path.GetTempPath(), $"synthetic-table5-{Guid.NewGuid():N}.txt");

    public AuditRegistrationTests() => File.WriteAllText(_weightsFile, SyntheticTable5);

    public void Dispose() => File.Delete(_weightsFile);

    private static DrgCase Pneumonia(string heartFailure) => new()
    {
        PrincipalDiagnosis = new DrgDiagnosis("J189", PresentOnAdmission.Yes),
        SecondaryDiagnoses = [new DrgDiagnosis(heartFailure, PresentOnAdmission.Yes)],
        Procedures = [],
        DischargeStatus = 1,
        Sex = AdministrativeSex.Male,
        Age = 70,
        DischargeDate = new DateOnly(2025, 11, 15),
    };

    [Fact]
    public void AddMedCoding_WeightsFileAndBaseRate_AuditorGivesThePaymentDifference()
    {
        using var provider = new ServiceCollection()
            .AddMedCoding(o =>
            {
                o.RelativeWeightsFile = _weightsFile;
                o.BaseRate = 6000m;
            })
            .Services.BuildServiceProvider(validateScopes: true);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var auditor = provider.GetRequiredService<CodingAuditor>();
        var audit = auditor.Audit(Pneumonia("I509"), Pneumonia("I5023"));

        auditor.BaseRate.Should().Be(6000m);
        auditor.Weights!.Count.Should().Be(3);
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((195, 193));
        audit.PaymentDifference.Should().Be(4500.00m, "(1.5 - 0.75) x 6000");
        audit.Shift.Should().Be(DrgShift.Up);
    }

    [Fact]
    public void AddMedCoding_WeightsFile_WhatIfRanksByWeightGainedWithTheSameTable()
    {
        using var provider = new ServiceCollection().AddMedCoding(o => o.RelativeWeightsFile = _weightsFile).Services.BuildServiceProvider();

        var whatIf = provider.GetRequiredService<DrgWhatIf>();
        var analysis = whatIf.Analyze(Pneumonia("I509"));

        whatIf.Weights.Should().BeSameAs(provider.GetRequiredService<CodingAuditor>().Weights, "the file is read once");
        provider.GetRequiredService<CodingAuditor>().BaseRate.Should().BeNull();
        var first = analysis.Changes[0];
        first.Result.Drg.Should().Be(193);
        first.WeightDifference.Should().Be(0.75m);
        analysis.Changes.TakeWhile(c => c.WeightDifference is not null).Select(c => c.WeightDifference).Should().BeInDescendingOrder();
    }

    [Fact]
    public void AddMedCoding_NoWeights_AuditHasNoPaymentDifference()
    {
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider();

        var audit = provider.GetRequiredService<CodingAuditor>().Audit(Pneumonia("I509"), Pneumonia("I5023"));

        audit.PaymentDifference.Should().BeNull();
        audit.CodedWeight.Should().BeNull();
    }

    [Fact]
    public void AddMedCoding_BaseRateWithoutWeightsOrNotPositive_FailsAtStartUpNamingTheSetting()
    {
        using var provider = new ServiceCollection().AddMedCoding(o => o.BaseRate = -1m).Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MedCodingOptions.BaseRate: the base rate must be positive.",
            "MedCodingOptions.BaseRate: a base rate needs RelativeWeightsFile to price a DRG.");
    }

    [Fact]
    public void AddMedCoding_MissingWeightsFile_FailsAtStartUpNamingTheSetting()
    {
        using var provider = new ServiceCollection().AddMedCoding(o => o.RelativeWeightsFile = "/no/such/table5.txt").Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MedCodingOptions.RelativeWeightsFile: the file '/no/such/table5.txt' does not exist.");
    }
}
