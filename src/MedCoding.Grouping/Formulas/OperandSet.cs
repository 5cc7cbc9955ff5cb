using System.Numerics;

namespace MedCoding.Grouping.Formulas;

/// <summary>A fixed-size set of operand ids, one bit each.</summary>
internal sealed class OperandSet(int capacity)
{
    private readonly ulong[] _words = new ulong[(capacity + 63) / 64];

    public bool Contains(int operand) => (_words[operand >> 6] & (1UL << (operand & 63))) != 0;

    public void Add(int operand) => _words[operand >> 6] |= 1UL << (operand & 63);

    public void AddAll(ReadOnlySpan<int> operands)
    {
        foreach (var operand in operands)
        {
            Add(operand);
        }
    }

    public void Clear() => Array.Clear(_words);

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in _words)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
    }
}
