package io.github.newinfra.model;

/** What kind of party a {@link Department} is. */
public enum DepartmentKind {
  /** A constituent department of the provincial government (省…厅, 省…委). */
  PROVINCIAL_DEPARTMENT,
  /** A directly affiliated or managed agency of the provincial government (省…局). */
  PROVINCIAL_AGENCY,
  /** A public institution of the province (省大数据管理中心). */
  PROVINCIAL_INSTITUTION,
  /** An office of the provincial Party committee (省委网信办, 省人才办). */
  PARTY_ORGAN,
  /** A central or vertically managed agency in the province (省通信管理局, 省税务局). */
  CENTRAL_AGENCY,
  /** A financial regulator's provincial office (人民银行南京分行, 江苏银保监局, 江苏证监局). */
  FINANCIAL_REGULATOR,
  /** A state-owned enterprise (省电力公司). */
  STATE_OWNED_ENTERPRISE,
  /** The people's governments of the cities (各设区市人民政府), a department-like party. */
  MUNICIPAL_GOVERNMENTS
}
