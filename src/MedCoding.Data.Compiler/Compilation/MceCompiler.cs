using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Mce.IO;
using MedCoding.CodeSets.IO;

namespace MedCoding.Data.Compilation;

/// <summary>Compiles a release of the Medicare Code Editor's tables (e.g. msdrg/v43/mce: MCE 43.1).</summary>
internal sealed class MceCompiler : IReleaseCompiler
{
    public string Name => "mce";

    public string FolderDescription => "a folder of the Medicare Code Editor's tables: " + string.Join(", ", MceRelease.FileNames) + " (e.g. msdrg/v43/mce)";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var release = MceRelease.LoadFolder(folder);
        var bytes = ReleaseCompilers.WriteVerified(
            release,
            (r, stream) => MceReleaseFormat.Write(r, stream, compression),
            MceRelease.FromStream,
            MceReleaseComparer.FindDifference,
            release.Release.Name);
        return new CompiledRelease(release.Release, bytes, release.ToString());
    }
}
