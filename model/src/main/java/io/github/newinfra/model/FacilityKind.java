package io.github.newinfra.model;

/** The kind of a named {@link Facility}. */
public enum FacilityKind {
  /** A laboratory. */
  LABORATORY,
  /** A major science and technology facility. */
  SCIENCE_FACILITY,
  /** An intelligent computing centre. */
  COMPUTING_CENTER,
  /** A supercomputing centre. */
  SUPERCOMPUTING_CENTER,
  /** A data centre. */
  DATA_CENTER,
  /** A network. */
  NETWORK,
  /** A platform. */
  PLATFORM,
  /** An innovation, technology or manufacturing innovation centre. */
  INNOVATION_CENTER,
  /** A research institute. */
  RESEARCH_INSTITUTE,
  /** A pilot or demonstration zone. */
  PILOT_ZONE,
  /** An industrial park or base. */
  PARK_OR_BASE,
  /** A named programme or project. */
  PROGRAMME,
  /** Anything else. */
  OTHER
}
