using MedCoding.CodeSets.IO;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.IO;

namespace MedCoding.Data.Compilation;

/// <summary>Compiles a HCPCS Level II release folder: its alpha-numeric file, codes and Level II modifiers with every field of the record layout.</summary>
internal sealed class HcpcsCompiler : IReleaseCompiler
{
    public string Name => "hcpcs";

    public string FolderDescription => "one HCPCS Level II release's alpha-numeric file (HCPCyyyy_CONTR_ANWEB.txt): codes and Level II modifiers";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var release = HcpcsLevel2Release.LoadFolder(folder);
        var bytes = ReleaseCompilers.WriteVerified(
            release,
            (r, stream) => HcpcsReleaseFormat.Write(r, stream, compression),
            HcpcsLevel2Release.FromStream,
            HcpcsReleaseComparer.FindDifference,
            release.Release.Name);
        return new CompiledRelease(release.Release, bytes, release.ToString());
    }
}
