namespace Linkage.Catalog.Domain;

public enum OrgUnitKind
{
    Centre,          // 政务服务中心 / 行政服务中心 (province, city, county)
    TownCentre,      // 便民服务中心 (town, street)
    VillageStation,  // 便民服务站 / 代办点 (village, community)
}
