using Hl7.Fhir.Model;

namespace MedCoding.Fhir.Tests;

/// <summary>ICD-10-CM: every record of each embedded release's order file, through the operations.</summary>
public sealed partial class MedCodingTerminologyServiceTests
{
    private const string Cm = FhirCodeSystems.Icd10Cm;

    [Theory]
    [InlineData("2021")] // the release with the Tabular List: parents through blocks are left out, notes come back
    [InlineData("2025")]
    [InlineData("2025-04")] // an April update: its own version
    [InlineData("2026")]
    public void Lookup_EveryCodeOfTheOrderFile_GivesItsTitlesHeaderFlagAndParent(string version)
    {
        var records = OrderFile.Icd10Cm(version);
        var parents = OrderFile.Parents(records);
        var wrong = new List<string>();
        foreach (var record in records)
        {
            var answer = Terminology.Lookup(Cm, record.Code, version);
            var designation = answer.Get("designation").Single().Part.Single(p => p.Name == "value").Value.ToString();
            var parent = answer.Property("parent").SingleOrDefault();
            if (answer.Text("display") != record.LongTitle || designation != record.ShortTitle
                || answer.Property("notSelectable").Single() != (!record.IsBillable).ToString().ToLowerInvariant()
                || answer.Text("version") != version || parent != parents[record.Code])
            {
                wrong.Add($"{record.Code} parent {parent}");
            }
        }

        records.Should().HaveCountGreaterThan(95_000);
        wrong.Should().Equal(version == "2021" ? s_fy2021ParentNotByPrefix : []);
    }

    /// <summary>
    /// The one FY2021 code whose parent in the release's tree (the Tabular List's, checked in MedCoding.Icd10Cm.Tests)
    /// is not the longest prefix the order file holds: H54.512A sits below H54.511 there, not H54.51.
    /// </summary>
    private static readonly string[] s_fy2021ParentNotByPrefix = ["H54.512A parent H54.511"];

    [Theory]
    [InlineData("2021")]
    [InlineData("2025")]
    [InlineData("2025-04")]
    [InlineData("2026")]
    public void ValidateCode_EveryCodeOfTheOrderFile_IsValidExactlyWhenBillable(string version)
    {
        var wrong = new List<string>();
        var headers = 0;
        foreach (var record in OrderFile.Icd10Cm(version))
        {
            var answer = Terminology.ValidateCode(Cm, record.Code, version);
            if (answer.Result() != record.IsBillable || answer.Text("display") != record.LongTitle)
            {
                wrong.Add(record.Code);
            }

            if (!record.IsBillable)
            {
                headers++;
                answer.Text("message").Should().Contain("header").And.Contain("not selectable");
            }
        }

        headers.Should().BeGreaterThan(22_000);
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Lookup_ChildrenOfEveryHeader_AreTheCodesWhoseParentItIs()
    {
        var records = OrderFile.Icd10Cm("2026");
        var children = OrderFile.Parents(records).Where(p => p.Value is not null).ToLookup(p => p.Value!, p => p.Key);
        var wrong = records.Where(r => !r.IsBillable)
            .Where(r => !Terminology.Lookup(Cm, r.Code, "2026").Property("child").SequenceEqual(children[r.Code]))
            .Select(r => r.Code)
            .ToList();

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Lookup_TabularRelease_ReturnsTheNotesWrittenAtTheCode()
    {
        var answer = Terminology.Lookup(Cm, "E11", "2021");

        answer.Property("excludes1").Should().NotBeEmpty();
        answer.Property("useAdditionalCode").Should().NotBeEmpty();
        answer.Property("kind").Should().Equal("category");
    }

    [Fact]
    public void Subsumes_EveryCodeAndEachOfItsAncestorsByTheOrderFile_AgreesWithTheHierarchy()
    {
        var records = OrderFile.Icd10Cm("2026");
        var parents = OrderFile.Parents(records);
        var wrong = new List<string>();
        var pairs = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var code = records[i].Code;
            for (var ancestor = parents[code]; ancestor is not null; ancestor = parents[ancestor])
            {
                pairs++;
                if (Terminology.Subsumes(Cm, ancestor, code, "2026") != "subsumes" || Terminology.Subsumes(Cm, code, ancestor, "2026") != "subsumed-by")
                {
                    wrong.Add($"{ancestor} {code}");
                }
            }

            // The next record is below this one, or unrelated to it.
            if (i + 1 < records.Count)
            {
                var next = records[i + 1].Code;
                var expected = OrderFile.Undotted(next).StartsWith(OrderFile.Undotted(code), StringComparison.Ordinal) ? "subsumes" : "not-subsumed";
                if (Terminology.Subsumes(Cm, code, next, "2026") != expected)
                {
                    wrong.Add($"{code} {next}");
                }
            }

            if (Terminology.Subsumes(Cm, code, code.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal), "2026") != "equivalent")
            {
                wrong.Add(code);
            }
        }

        pairs.Should().BeGreaterThan(200_000);
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Expand_EveryCategory_IsTheCategoryAndEveryCodeOfTheOrderFileBelowIt()
    {
        var records = OrderFile.Icd10Cm("2026");
        var wrong = new List<string>();
        foreach (var group in records.GroupBy(r => r.Code[..3]))
        {
            var expansion = Terminology.Expand($"{Cm}?fhir_vs=isa/{group.Key}", version: "2026").Expansion;
            if (expansion.Total != group.Count()
                || !expansion.Contains.Select(c => (c.Code, c.Display, c.Abstract == true)).SequenceEqual(group.Select(r => (r.Code, r.LongTitle, !r.IsBillable))))
            {
                wrong.Add(group.Key);
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Expand_WholeReleaseInPages_IsTheOrderFileInOrder()
    {
        var records = OrderFile.Icd10Cm("2026");
        var codes = new List<string>();
        for (var offset = 0; ; offset += 7_000)
        {
            var page = Terminology.Expand($"{Cm}?fhir_vs", offset, 7_000, version: "2026").Expansion;
            page.Total.Should().Be(records.Count);
            page.Offset.Should().Be(offset);
            if (page.Contains.Count == 0)
            {
                break;
            }

            codes.AddRange(page.Contains.Select(c => c.Code));
        }

        codes.Should().Equal(records.Select(r => r.Code));
    }

    [Fact]
    public void Expand_Filter_KeepsCodesWhoseTitleHasEveryWordOrWhoseCodeStartsWithIt()
    {
        var words = Terminology.Expand($"{Cm}?fhir_vs=isa/E11", filter: "hyperglycemia").Expansion;
        words.Contains.Select(c => c.Code).Should().Equal("E11.65");

        var code = Terminology.Expand($"{Cm}?fhir_vs", filter: "E11.6").Expansion;
        code.Contains.Select(c => c.Code).Should().OnlyContain(c => c.StartsWith("E11.6", StringComparison.Ordinal)).And.HaveCount(17);
    }

    [Theory]
    [InlineData("2025-03-31", "2025")] // the last day of FY2025
    [InlineData("2025-04-01", "2025-04")] // the April update starts
    [InlineData("2025-10-01", "2026")]
    [InlineData("2021-06-01T10:00:00Z", "2021")] // a dateTime: its date is taken
    public void Lookup_Date_SelectsTheReleaseInForce(string date, string version) =>
        Terminology.Lookup(Cm, "E11.65", date: date).Text("version").Should().Be(version);

    [Theory]
    [InlineData("FY2026", "2026")]
    [InlineData("2025-04", "2025-04")]
    public void Lookup_Version_NamesARelease(string given, string version) =>
        Terminology.Lookup(Cm, "E11.65", given).Text("version").Should().Be(version);

    [Fact]
    public void GetVersions_Icd10Cm_AreTheEmbeddedReleases() =>
        Terminology.Service.GetVersions(Cm).Should().Equal("2021", "2025", "2025-04", "2026");

    [Fact]
    public void ValueSetValidateCode_IsaValueSet_AcceptsCodesBelowItOnly()
    {
        Parameters Validate(string code) => Terminology.Service.ValueSetValidateCode(new Parameters()
            .Add("url", new FhirUri($"{Cm}?fhir_vs=isa/E11"))
            .Add("coding", new Coding(Cm, code))).GetAwaiter().GetResult();

        Validate("E11.65").Result().Should().BeTrue();
        Validate("E10.65").Result().Should().BeFalse();
        Validate("E10.65").Text("message").Should().Contain("not in the value set");
        Validate("E11.6").Result().Should().BeFalse();
    }
}
