namespace Linkage.Catalog.Domain;

/// <summary>The seven kinds of government service matter (政务服务事项类型).</summary>
public enum MatterType
{
    AdministrativeLicensing,     // 行政许可
    AdministrativeConfirmation,  // 行政确认
    AdministrativePayment,       // 行政给付
    AdministrativeAward,         // 行政奖励
    AdministrativeRuling,        // 行政裁决
    OtherPower,                  // 其他行政权力
    PublicService,               // 公共服务
}
