using MedCoding.ClaimEdits.Mce;
using MedCoding.CodeSets;
using MedCoding.Testing;
using Xunit.Abstractions;

namespace MedCoding.ClaimEdits.Tests.Mce;

/// <summary>
/// The Medicare Code Editor against CMS's MCE 43.1 software on its 5,000 expected cases
/// (<c>msdrg/v43/mce/cases/cases-mce-431.tsv</c>): for every case, the same edit type, the same edit counter and the same
/// edits on every code, in the same order.
/// </summary>
public sealed class MedicareCodeEditorCasesTests(ITestOutputHelper output)
{
    private static readonly Lazy<MceCaseRecord[]> s_cases = new(() =>
    {
        using var reader = File.OpenText(OfficialData.Path("msdrg", "v43", "mce", "cases", "cases-mce-431.tsv"));
        return [.. MceCaseFile.Read(reader, "cases-mce-431.tsv")];
    });

    [Fact]
    public void Edit_EveryCase_GivesCmsSoftwaresEditTypeEditCounterAndCodeEdits()
    {
        var mce = TestData.Mce431.Value;
        var cases = s_cases.Value;
        cases.Should().HaveCount(5000).And.OnlyContain(c => c.Error == null && c.Expected != null);

        var mismatches = cases
            .Select(c => (c.Id, Expected: c.Expected!, Actual: MedicareCodeEditor.Edit(c.Claim!, mce).ToString()))
            .Where(c => c.Actual != c.Expected)
            .ToList();

        foreach (var (id, expected, actual) in mismatches.Take(20))
        {
            output.WriteLine($"{id}\n  expected {expected}\n  actual   {actual}");
        }

        mismatches.Should().BeEmpty("every case must give CMS's result ({0} of {1} differ)", mismatches.Count, cases.Length);
    }

    [Fact]
    public void Edit_EveryEditOfTheCasesFile_OccursInTheCases()
    {
        // The cases exercise every edit CMS's 43.1 tables can raise on ICD-10 codes: a test of them is a test of each.
        var mce = TestData.Mce431.Value;
        var raised = s_cases.Value.SelectMany(c => MedicareCodeEditor.Edit(c.Claim!, mce).ClaimEdits).Select(e => e.Edit).ToHashSet();
        raised.Should().BeEquivalentTo(Enum.GetValues<MceEdit>().Except(
            [MceEdit.NonspecificPdx, MceEdit.MedicareIsSecondaryPayer, MceEdit.NonspecificOr, MceEdit.OpenBiopsy, MceEdit.Bilateral]));
    }

    [Fact]
    public void Edit_ByDischargeDate_UsesTheReleaseThatEditsThatDate()
    {
        // MCE 43.1 is in force for FY2026; an earlier discharge is edited by it too, from each code's dated rows, as CMS's
        // software does; a discharge after its termination date is an invalid discharge date.
        var mce = TestData.Mce431.Value;
        var editor = new MedicareCodeEditor(ReleaseSchedule<MceRelease>.Of(CodeSystem.MedicareCodeEditor, [(mce.Release, mce)]));
        editor.FindRelease(new DateOnly(2026, 1, 15)).Should().BeSameAs(mce);
        editor.FindRelease(new DateOnly(2019, 1, 15)).Should().BeSameAs(mce);
        editor.FindRelease(new DateOnly(2026, 10, 1)).Should().BeNull();
        editor.FindRelease(new DateOnly(1985, 9, 30)).Should().BeNull();

        foreach (var @case in s_cases.Value)
        {
            editor.Edit(@case.Claim!).ToString().Should().Be(@case.Expected, "case {0}", @case.Id);
        }
    }
}
