using MedCoding.CodeSets.IO;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.IO;

namespace MedCoding.Data.Compilation;

/// <summary>Compiles an ICD-10-CM release folder: its order file, and its Tabular List XML when there is one.</summary>
internal sealed class Icd10CmCompiler : IReleaseCompiler
{
    public string Name => "icd10cm";

    public string FolderDescription => "one ICD-10-CM release's official files: the order file (required) and the Tabular List XML (used when present)";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var release = Icd10CmRelease.LoadFolder(folder);
        var bytes = ReleaseCompilers.WriteVerified(
            release,
            (r, stream) => Icd10CmReleaseFormat.Write(r, stream, compression),
            Icd10CmRelease.FromStream,
            Icd10CmReleaseComparer.FindDifference,
            release.Release.Name);
        return new CompiledRelease(release.Release, bytes, release.ToString());
    }
}
