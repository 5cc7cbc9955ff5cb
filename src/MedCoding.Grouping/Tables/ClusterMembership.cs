namespace MedCoding.Grouping.Tables;

/// <summary>A procedure code's place in one cluster: the cluster's index and a bit for each of its choices the code is in.</summary>
internal readonly record struct ClusterMembership(int Cluster, int Choices);
