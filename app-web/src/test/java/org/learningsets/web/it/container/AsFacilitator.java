package org.learningsets.web.it.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Calls services in the FACILITATOR role (test deployments only). */
@Stateless
@RunAs("FACILITATOR")
@PermitAll
public class AsFacilitator extends Acting {}
