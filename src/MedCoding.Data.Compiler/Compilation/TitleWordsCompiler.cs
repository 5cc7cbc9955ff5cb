using MedCoding.CodeSets.IO;
using MedCoding.Encoder;
using MedCoding.Encoder.IO;
using MedCoding.Icd10Cm;

namespace MedCoding.Data.Compilation;

/// <summary>
/// Compiles the search's words of the Tabular titles of an ICD-10-CM release folder (the folder the <c>icd10cm</c>
/// compiler reads, read the same way), so that a search over that release cuts no title when it starts.
/// </summary>
internal sealed class TitleWordsCompiler : IReleaseCompiler
{
    public string Name => "icd10cm-titles";

    public string FolderDescription => "one ICD-10-CM release's official files, as for icd10cm: the search's words of its titles are compiled";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var release = Icd10CmRelease.LoadFolder(folder);
        var words = TabularTitleWords.Compute(release);
        var bytes = ReleaseCompilers.WriteVerified(
            words,
            (w, stream) => TitleWordsFormat.Write(w, stream, compression),
            TabularTitleWords.FromStream,
            FindDifference,
            release.Release.Name);
        return new CompiledRelease(release.Release, bytes, words.ToString());
    }

    private static string? FindDifference(TabularTitleWords expected, TabularTitleWords actual)
    {
        if (!expected.Release.Equals(actual.Release) || expected.Release.Name != actual.Release.Name
            || expected.Release.EffectiveFrom != actual.Release.EffectiveFrom || expected.Release.EffectiveThrough != actual.Release.EffectiveThrough)
        {
            return $"the release differs: {expected.Release} and {actual.Release}";
        }

        if (expected.EntryCount != actual.EntryCount || expected.TitleCount != actual.TitleCount)
        {
            return $"{expected.TitleCount} titles among {expected.EntryCount} entries against {actual.TitleCount} among {actual.EntryCount}";
        }

        return SearchSegmentComparer.FindDifference(expected.Segment, actual.Segment);
    }
}
