namespace MedCoding.Grouping.Tables;

/// <summary>Numbers every operand name (table attributes, cluster attributes, computed operands) so a case's operands fit in bit sets.</summary>
internal sealed class OperandCatalog
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public int Intern(string name)
    {
        if (!_ids.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _ids.Add(name, id);
            _names.Add(name);
        }

        return id;
    }

    public int[] InternAll(string[] names)
    {
        var ids = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            ids[i] = Intern(names[i]);
        }

        return ids;
    }

    public string Name(int id) => _names[id];

    public bool TryGet(string name, out int id) => _ids.TryGetValue(name, out id);
}
