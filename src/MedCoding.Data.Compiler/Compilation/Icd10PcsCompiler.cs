using MedCoding.CodeSets.IO;
using MedCoding.Icd10Pcs;
using MedCoding.Icd10Pcs.IO;

namespace MedCoding.Data.Compilation;

/// <summary>Compiles an ICD-10-PCS release folder: its order file, Tables XML and Definitions XML (each used when present).</summary>
internal sealed class Icd10PcsCompiler : IReleaseCompiler
{
    public string Name => "icd10pcs";

    public string FolderDescription => "one ICD-10-PCS release's official files: the order file and the Tables XML (at least one; both must agree code for code), and the Definitions XML (used when present)";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var release = PcsRelease.LoadFolder(folder);
        var bytes = ReleaseCompilers.WriteVerified(
            release,
            (r, stream) => PcsReleaseFormat.Write(r, stream, compression),
            PcsRelease.FromStream,
            PcsReleaseComparer.FindDifference,
            release.Release.Name);
        return new CompiledRelease(release.Release, bytes, release.ToString());
    }
}
