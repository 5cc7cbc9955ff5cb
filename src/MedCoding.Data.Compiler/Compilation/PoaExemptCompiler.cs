using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Poa.IO;
using MedCoding.CodeSets.IO;

namespace MedCoding.Data.Compilation;

/// <summary>Compiles a fiscal year's POA-exempt list: the <c>POAexemptCodesFYnn.txt</c> of an ICD-10-CM release folder.</summary>
internal sealed class PoaExemptCompiler : IReleaseCompiler
{
    public string Name => "poa-exempt";

    public string FolderDescription => "an ICD-10-CM release folder holding one POA-exempt list, POAexemptCodesFYnn.txt (e.g. icd10cm/2026)";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var list = PoaExemptList.LoadFolder(folder);
        var bytes = ReleaseCompilers.WriteVerified(
            list,
            (l, stream) => PoaExemptListFormat.Write(l, stream, compression),
            PoaExemptList.FromStream,
            PoaExemptListComparer.FindDifference,
            list.Release.Name);
        return new CompiledRelease(list.Release, bytes, list.ToString());
    }
}
