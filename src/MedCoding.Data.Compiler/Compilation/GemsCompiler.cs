using MedCoding.CodeSets.IO;
using MedCoding.Gems;
using MedCoding.Gems.IO;

namespace MedCoding.Data.Compilation;

/// <summary>Compiles a diagnosis GEMs folder: the forward and backward files, every entry with every flag.</summary>
internal sealed class GemsCompiler : IReleaseCompiler
{
    public string Name => "gems";

    public string FolderDescription => "the diagnosis GEMs of one year: the forward file (YYYY_I9gem.txt) and the backward file (YYYY_I10gem.txt)";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var gems = DiagnosisGems.LoadFolder(folder);
        var bytes = ReleaseCompilers.WriteVerified(
            gems,
            (g, stream) => GemsFormat.Write(g, stream, compression),
            DiagnosisGems.FromStream,
            GemsComparer.FindDifference,
            gems.Release.Name);
        return new CompiledRelease(
            gems.Release,
            bytes,
            $"{gems.Release.Name}: {gems.ForwardEntries.Count} forward entries ({gems.SourceCount(GemDirection.Icd9ToIcd10)} sources), {gems.BackwardEntries.Count} backward entries ({gems.SourceCount(GemDirection.Icd10ToIcd9)} sources)");
    }
}
