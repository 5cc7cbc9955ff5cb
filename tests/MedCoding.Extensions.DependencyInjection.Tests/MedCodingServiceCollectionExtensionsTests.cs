using MedCoding.Audit;
using MedCoding.Billing.Denials;
using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Edits;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Icd10Cm;
using MedCoding.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedCoding.Tests;

public sealed class MedCodingServiceCollectionExtensionsTests
{
    private const string ClaimJsonText = """
        {
          "type": "professional",
          "dateOfService": "2025-11-03",
          "patient": { "birthDate": "1950-02-01", "sex": "F" },
          "diagnoses": [ { "code": "E11.65" }, { "code": "I10" } ],
          "lines": [
            { "code": "99214", "units": 1, "diagnosisPointers": [1, 2], "dateOfService": "2025-11-03", "placeOfService": "11", "charge": 150.00 }
          ]
        }
        """;

    [Fact]
    public void AddMedCoding_NoArguments_UsesEmbeddedData()
    {
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider(validateScopes: true);

        var releases = provider.GetRequiredService<Icd10CmReleaseProvider>();

        releases.Should().BeSameAs(Icd10CmData.Default);
        releases.GetForDate(new DateOnly(2025, 11, 3))["E11.65"].Title.Should().Contain("hyperglycemia");
    }

    [Fact]
    public void AddMedCoding_NoArguments_RegistersTheEncoderSearchOverTheEmbeddedIndexes()
    {
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider(validateScopes: true);

        var search = provider.GetRequiredService<MedCoding.Encoder.CodeSearch>();

        search.Should().BeSameAs(provider.GetRequiredService<MedCoding.Encoder.CodeSearch>());
        var result = search.Search("acetaminophen poisoning accidental", new DateOnly(2025, 11, 3))[0];
        result.Code.Should().Be("T39.1X1");
        search.Complete(result).SeventhCharacters.Select(c => c.Code).Should().Equal("T39.1X1A", "T39.1X1D", "T39.1X1S");
    }

    [Fact]
    public void AddMedCoding_NoArguments_RegistersTheAuditorAndTheWhatIfOverTheGrouper()
    {
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider(validateScopes: true);

        var auditor = provider.GetRequiredService<CodingAuditor>();
        var whatIf = provider.GetRequiredService<DrgWhatIf>();

        auditor.Grouper.Should().BeSameAs(provider.GetRequiredService<MedCoding.Grouping.IDrgGrouper>());
        whatIf.Icd10Cm.Should().BeSameAs(provider.GetRequiredService<Icd10CmReleaseProvider>());
        provider.GetRequiredService<CodingAuditor>().Should().BeSameAs(auditor, "a singleton");
    }

    [Fact]
    public void AddMedCoding_NoArguments_ValidatesAtStartUp()
    {
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().NotThrow();
    }

    [Fact]
    public void AddMedCoding_Services_AreSharedSingletons()
    {
        var services = new ServiceCollection();
        services.AddMedCoding();
        using var provider = services.BuildServiceProvider(validateScopes: true);

        foreach (var type in new[] { typeof(Icd10CmReleaseProvider), typeof(CodeLookups), typeof(ClaimEditData), typeof(ClaimEditor), typeof(CarcTable), typeof(TimeProvider) })
        {
            services.Single(d => d.ServiceType == type).Lifetime.Should().Be(ServiceLifetime.Singleton, type.Name);
            using var scope = provider.CreateScope();
            scope.ServiceProvider.GetRequiredService(type).Should().BeSameAs(provider.GetRequiredService(type), type.Name);
        }
    }

    [Fact]
    public void AddMedCoding_NoArguments_RegistersDefaults()
    {
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MedCodingOptions>>().Value;
        options.UseEmbeddedData.Should().BeTrue();
        options.UseNewestTabularListForExcludes1.Should().BeTrue();
        options.Icd10CmFolders.Should().BeEmpty();
        options.Icd10CmCompiledFiles.Should().BeEmpty();
        options.Icd10PcsFolders.Should().BeEmpty();
        options.HcpcsFolders.Should().BeEmpty();
        options.PractitionerPtpFiles.Should().BeEmpty();
        options.HospitalPtpFiles.Should().BeEmpty();
        options.PractitionerMueFile.Should().BeNull();
        options.HospitalMueFile.Should().BeNull();
        options.CptFile.Should().BeNull();
        options.GemsFolder.Should().BeNull();
        options.PoaExemptFolders.Should().BeEmpty();
        options.MsDrgFolders.Should().BeEmpty();
        options.MceFile.Should().BeNull();
        options.CarcRoutesFile.Should().BeNull();
        options.ConfigureClaimEditor.Should().BeNull();
        provider.GetRequiredService<CarcTable>().Should().BeSameAs(CarcTable.Default);
        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
        provider.GetRequiredService<CodeLookups>().Systems.Should().Equal(CodeSystem.Icd10Cm, CodeSystem.Icd10Pcs, CodeSystem.HcpcsLevel2);
        provider.GetRequiredService<ClaimEditor>().Edits.Select(e => e.GetType()).Should().Equal(ClaimEditorBuilder.DefaultEdits().Select(e => e.GetType()));
    }

    [Fact]
    public void AddMedCoding_NoArguments_RunsTheMedicareCodeEditorOnInpatientClaims()
    {
        // A man discharged in FY2026 with a maternity principal diagnosis and a stay too short for 96 hours of ventilation:
        // the embedded MCE 43.1 gives AGE/SEX-free edits of that date (sex edits ended 2024-09-30) and the length-of-stay edit.
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var claim = new Claim(
            ClaimType.Institutional, new DateOnly(2025, 11, 1), new Patient(new DateOnly(1950, 2, 1), AdministrativeSex.Male),
            [new ClaimDiagnosis("J96.00", PresentOnAdmission.Yes), new ClaimDiagnosis("E11.9", PresentOnAdmission.Yes)],
            [new ClaimProcedure("5A1955Z")],
            stay: new InpatientStay(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 3), dischargeStatus: 1));

        var mce = provider.GetRequiredService<MedicareCodeEditor>();
        var result = provider.GetRequiredService<ClaimEditor>().Check(claim);

        mce.Releases.Should().BeSameAs(provider.GetRequiredService<ReleaseSchedule<MceRelease>>());
        result.Findings.Should().ContainSingle(f => f.RuleId == RuleCatalog.ProcInconsistentWithLengthOfStay && f.Target == "procedures[0]")
            .Which.Message.Should().StartWith("MCE v43.1 INCONSISTENT_WITH_LENGTH_OF_STAY: 5A1955Z");
        result.IsFullyChecked.Should().BeTrue(string.Join(" | ", result.Findings));
    }

    [Fact]
    public void AddMedCoding_NullServices_Throws()
    {
        var act = () => MedCodingServiceCollectionExtensions.AddMedCoding(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public void AddMedCoding_CalledTwice_RegistersOnceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddMedCoding(o => o.PractitionerMueFile = null);
        services.AddMedCoding(o => o.Icd10PcsFolders.Add(OfficialData.Path("icd10pcs", "2026")));

        services.Count(d => d.ServiceType == typeof(ClaimEditor)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<MedCodingOptions>)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<CodeLookups>().Icd10Pcs.Releases.Select(r => r.Version).Should().Equal("2025", "2026");
    }

    [Fact]
    public void AddMedCoding_ServiceRegisteredBefore_IsKept()
    {
        var own = new Icd10CmReleaseProvider([Icd10CmData.Default["2025"]]);
        var services = new ServiceCollection();
        services.AddSingleton(own);
        services.AddSingleton(CarcTable.Default);

        services.AddMedCoding();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<Icd10CmReleaseProvider>().Should().BeSameAs(own);
        provider.GetRequiredService<CodeLookups>().Icd10Cm.Should().BeSameAs(own);
        provider.GetRequiredService<ClaimEditData>().Icd10Cm!.Releases.Select(r => r.Version).Should().Equal("2025");
    }

    [Fact]
    public void AddMedCoding_ClaimEditorReplaced_IsUsed()
    {
        var editor = ClaimEditor.CreateBuilder(new ClaimEditData()).Add(new DuplicateLineEdit()).Build();
        var services = new ServiceCollection();
        services.AddMedCoding();
        services.AddSingleton(editor);

        using var provider = services.BuildServiceProvider();

        provider.GetServices<ClaimEditor>().Last().Should().BeSameAs(editor);
    }

    [Fact]
    public void AddMedCoding_MissingFiles_FailsAtStartUpNamingEachSetting()
    {
        using var provider = new ServiceCollection()
            .AddMedCoding(o =>
            {
                o.Icd10CmFolders.Add("/no/such/icd10cm");
                o.Icd10CmCompiledFiles.Add("/no/such/icd10cm-2027.mcd");
                o.Icd10PcsFolders.Add("/no/such/pcs");
                o.PractitionerMueFile = "/no/such/mue.txt";
            })
            .Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MedCodingOptions.Icd10CmFolders[0]: the folder '/no/such/icd10cm' does not exist.",
            "MedCodingOptions.Icd10CmCompiledFiles[0]: the file '/no/such/icd10cm-2027.mcd' does not exist.",
            "MedCodingOptions.Icd10PcsFolders[0]: the folder '/no/such/pcs' does not exist.",
            "MedCodingOptions.PractitionerMueFile: the file '/no/such/mue.txt' does not exist.");
    }

    [Fact]
    public void AddMedCoding_NoReleaseAtAll_FailsAtStartUp()
    {
        using var provider = new ServiceCollection().AddMedCoding(o => o.UseEmbeddedData = false).Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "MedCodingOptions: no ICD-10-CM release: UseEmbeddedData is false and neither Icd10CmFolders nor Icd10CmCompiledFiles names one.");
    }

    [Fact]
    public void AddMedCoding_FolderWithoutOrderFile_FailsAtStartUp()
    {
        var folder = OfficialData.Path("icd10cm", "2022"); // index and drug files only
        using var provider = new ServiceCollection().AddMedCoding(o => o.Icd10CmFolders.Add(folder)).Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().StartWith($"MedCodingOptions.Icd10CmFolders[0]: {folder}: No ICD-10-CM order file here.");
    }

    [Fact]
    public void AddMedCoding_Icd10CmFolder_ReplacesEmbeddedReleaseOfSameVersion()
    {
        using var provider = new ServiceCollection()
            .AddMedCoding(o => o.Icd10CmFolders.Add(OfficialData.Path("icd10cm", "2025-04")))
            .Services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var releases = provider.GetRequiredService<Icd10CmReleaseProvider>();
        var april = releases.GetForDate(new DateOnly(2025, 5, 1));

        releases.Should().NotBeSameAs(Icd10CmData.Default);
        releases.Schedule.Select(r => r.Version).Should().Equal("2021", "2025", "2025-04", "2026");
        april.Should().NotBeSameAs(Icd10CmData.Default["2025-04"]);
        april.VersionId.Should().EndWith("(official files)");
        april["E11.65"].IsBillable.Should().BeTrue();
    }

    [Fact]
    public void AddMedCoding_EmbeddedDataOff_UsesOnlyGivenReleases()
    {
        var compiled = Path.Combine(Path.GetTempPath(), $"medcoding-di-{Guid.NewGuid():N}.mcd");
        try
        {
            using (var stream = File.Create(compiled))
            {
                Icd10CmData.Default["2025"].WriteTo(stream);
            }

            using var provider = new ServiceCollection()
                .AddMedCoding(o =>
                {
                    o.UseEmbeddedData = false;
                    o.Icd10CmCompiledFiles.Add(compiled);
                })
                .Services.BuildServiceProvider();

            provider.GetRequiredService<IStartupValidator>().Validate();
            provider.GetRequiredService<Icd10CmReleaseProvider>().Schedule.Select(r => r.Version).Should().Equal("2025");
        }
        finally
        {
            File.Delete(compiled);
        }
    }

    [Fact]
    public void ClaimEditor_DefaultRegistration_ScrubsClaimOnEmbeddedData()
    {
        using var provider = new ServiceCollection().AddMedCoding().Services.BuildServiceProvider();
        var claim = ClaimJson.Parse(ClaimJsonText.Replace("E11.65", "E11.6", StringComparison.Ordinal));

        var result = provider.GetRequiredService<ClaimEditor>().Check(claim);

        result.For(RuleCatalog.DxNotBillable).Should().ContainSingle().Which.Target.Should().Be("diagnoses[0]");
    }

    [Theory]
    [InlineData(true, 1)] // FY2026 has no Tabular List: the notes of FY2021 (E11 excludes E10.-) apply
    [InlineData(false, 0)] // only releases with their own Tabular List are checked
    public void ClaimEditor_Excludes1OnReleaseWithoutTabularList_UsesNewestTabularListWhenAsked(bool useNewest, int findings)
    {
        using var provider = new ServiceCollection().AddMedCoding(o => o.UseNewestTabularListForExcludes1 = useNewest).Services.BuildServiceProvider();
        var claim = ClaimJson.Parse(ClaimJsonText.Replace("\"I10\"", "\"E10.9\"", StringComparison.Ordinal).Replace("E11.65", "E11.9", StringComparison.Ordinal));

        var result = provider.GetRequiredService<ClaimEditor>().Check(claim);

        result.For(RuleCatalog.DxExcludes1).Should().HaveCount(findings);
    }

    [Fact]
    public void AddClaimEditRule_CustomRule_RunsAfterDefaultEdits()
    {
        using var provider = new ServiceCollection()
            .AddMedCoding()
            .AddClaimEditRule<NoOfficeVisitOnMondayEdit>()
            .AddClaimEditRule<NoOfficeVisitOnMondayEdit>()
            .Services.BuildServiceProvider();
        var editor = provider.GetRequiredService<ClaimEditor>();

        var result = editor.Check(ClaimJson.Parse(ClaimJsonText));

        editor.Edits.OfType<NoOfficeVisitOnMondayEdit>().Should().ContainSingle();
        editor.Edits[^1].Should().BeOfType<NoOfficeVisitOnMondayEdit>();
        result.For("PAYER_MONDAY_VISIT").Should().ContainSingle().Which.Target.Should().Be("lines[0]");
    }

    [Fact]
    public void AddClaimEditRule_Instance_RunsWithItsSettings()
    {
        using var provider = new ServiceCollection()
            .AddClaimEditRule(new DiagnosisLimitEdit { ProfessionalLimit = 1 })
            .AddMedCoding()
            .Services.BuildServiceProvider();

        var result = provider.GetRequiredService<ClaimEditor>().Check(ClaimJson.Parse(ClaimJsonText));

        result.For(RuleCatalog.DxLimitExceeded).Should().ContainSingle();
    }

    [Fact]
    public void ConfigureClaimEditor_DisabledRule_ReportsNothing()
    {
        using var provider = new ServiceCollection()
            .AddMedCoding(o => o.ConfigureClaimEditor = b => b.Disable("PAYER_MONDAY_VISIT"))
            .AddClaimEditRule<NoOfficeVisitOnMondayEdit>()
            .Services.BuildServiceProvider();

        var result = provider.GetRequiredService<ClaimEditor>().Check(ClaimJson.Parse(ClaimJsonText));

        result.For("PAYER_MONDAY_VISIT").Should().BeEmpty();
    }

    [Fact]
    public void AddClaimEditRule_NullServices_Throws()
    {
        var act = () => MedCodingServiceCollectionExtensions.AddClaimEditRule<NoOfficeVisitOnMondayEdit>(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    /// <summary>A payer's own rule, with a constructor dependency resolved from the container.</summary>
    private sealed class NoOfficeVisitOnMondayEdit(TimeProvider clock) : IClaimEdit
    {
        private static readonly RuleDescriptor s_rule = new("PAYER_MONDAY_VISIT", Severity.Error, "Payer", "Office visits are not paid on Mondays");

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [s_rule];

        public TimeProvider Clock { get; } = clock;

        public void Check(ClaimEditContext context)
        {
            for (var i = 0; i < context.Claim.Lines.Count; i++)
            {
                if (context.Claim.DateOfServiceOf(context.Claim.Lines[i]).DayOfWeek == DayOfWeek.Monday && context.Claim.Lines[i].PlaceOfService == "11")
                {
                    context.Report(s_rule, ClaimEditContext.LineTarget(i), "This payer does not pay office visits on Mondays.", context.Claim.Lines[i].Code);
                }
            }
        }
    }
}
